// The addressees of a district order: the active head accounts of the district's schools,
// with the name as it must stand on the acknowledgement sheet and the school's short name.
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations, people, users } from '@/db/schema';
import type { PersonName } from '@/lib/core/russian';
import { nameParts } from '@/lib/domain/district/order-prefill';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import type { AcknowledgementEntry } from '../documents/create-draft';

export interface SchoolHead {
  userId: string;
  schoolId: string;
  /** The school's short name: the «Учреждение» column of the sheet. */
  unit: string;
  name: PersonName;
  electronicHrConsent: boolean;
}

const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');

export async function listSchoolHeads(db: Db | Tx, scope: Scope): Promise<SchoolHead[]> {
  const rows = await db
    .select({
      userId: users.id,
      fullName: users.fullName,
      electronicHrConsent: users.electronicHrConsent,
      schoolId: organizations.id,
      unit: organizations.shortName,
      org: {
        lastName: organizations.headLastName,
        firstName: organizations.headFirstName,
        middleName: organizations.headMiddleName,
        gender: organizations.headGender,
      },
      person: { lastName: people.lastName, firstName: people.firstName, middleName: people.middleName, gender: people.genderOverride },
    })
    .from(users)
    .innerJoin(organizations, eq(users.organizationId, organizations.id))
    .leftJoin(people, eq(users.personId, people.id))
    .where(and(eq(users.role, 'school_head'), eq(users.isActive, true), eq(organizations.kind, 'school'), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, asc(users.fullName));
  return rows.map((r) => {
    // The staff record is the best source; then the head named in the school's requisites
    // when it is the same person; else the account's own full name.
    const sameAsOrgHead = r.org.lastName && joined(r.org.lastName, r.org.firstName, r.org.middleName) === r.fullName.trim();
    const name: PersonName = r.person?.lastName ? r.person : sameAsOrgHead ? r.org : nameParts(r.fullName);
    return { userId: r.userId, schoolId: r.schoolId, unit: r.unit, name, electronicHrConsent: r.electronicHrConsent };
  });
}

/** Rows of the register's acknowledgement table. */
export const acknowledgementEntries = (heads: SchoolHead[]): AcknowledgementEntry[] =>
  heads.map((h) => ({ userId: h.userId, lastName: h.name.lastName, firstName: h.name.firstName, middleName: h.name.middleName ?? null, unit: h.unit }));

/** The sheet printed under the order: names and institutions, dates left blank. */
export const printedSheet = (heads: SchoolHead[]) =>
  heads.map((h) => ({
    person: { lastName: h.name.lastName, firstName: h.name.firstName, middleName: h.name.middleName ?? null, gender: h.name.gender ?? null },
    unit: h.unit,
  }));
