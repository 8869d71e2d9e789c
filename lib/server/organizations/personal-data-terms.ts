// What a school's personal-data consents state: its saved settings, or until it saves them
// the defaults — its city with a blank for the street, its district office and region as
// recipients with blanks for their addresses, no processor, the default term.
import 'server-only';
import { desc, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Organization, organizations } from '@/db/schema';
import { DEFAULT_PERSONAL_DATA_TERM, type PersonalDataTerms } from '@/lib/domain/people/personal-data-terms';
import { placeOfIssue } from '@/templates/_parts';

export const BLANK_ADDRESS = '______________________________';

const ROLE_OF_LEVEL: Record<string, string> = {
  municipality: 'муниципальный координатор системы наставничества',
  region: 'мониторинг системы наставничества на региональном уровне',
};

export async function personalDataTermsOf(db: Db | Tx, org: Organization): Promise<PersonalDataTerms> {
  if (org.personalDataTerms) return org.personalDataTerms;
  const ancestors = await db
    .select({ kind: organizations.kind, shortName: organizations.shortName })
    .from(organizations)
    .where(
      inArray(
        organizations.id,
        org.path.split('/').filter((id) => id && id !== org.id),
      ),
    )
    .orderBy(desc(organizations.kind));
  return {
    operatorAddress: `${placeOfIssue(org.city)}, ${BLANK_ADDRESS}`,
    processor: null,
    recipients: ancestors.filter((a) => ROLE_OF_LEVEL[a.kind]).map((a) => ({ name: `${a.shortName} (${ROLE_OF_LEVEL[a.kind]})`, address: BLANK_ADDRESS })),
    term: DEFAULT_PERSONAL_DATA_TERM,
  };
}
