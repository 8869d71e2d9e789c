// The blank consent to distribution (ст. 10.1 152-ФЗ) of one staff member, printed before
// anything about them goes on the school site (the Положение says so).
import 'server-only';
import type { Db } from '@/db/client';
import { renderPdf } from '@/lib/documents/render';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import type { Scope } from '@/lib/server/auth/scope';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { consentDistribution } from '@/templates/consent-distribution';
import { DISTRIBUTION_DEFAULTS } from '@/templates/consent-distribution/defaults';
import { validateTemplateData } from '../documents/render-frozen';
import { personalDataTermsOf } from '../organizations/personal-data-terms';
import { requireOrgRequisites } from '../organizations/requisites';
import { loadPerson } from '../people/load-person';

export async function distributionConsentPdf(db: Db, scope: Scope, personId: unknown): Promise<{ bytes: Buffer; filename: string }> {
  const person = await loadPerson(db, scope, personId);
  const org = await requireOrgInScope(db, scope, person.organizationId);
  const terms = await personalDataTermsOf(db, org);
  const data = validateTemplateData(consentDistribution, {
    org: requireOrgRequisites(org),
    operatorAddress: terms.operatorAddress,
    operatorInn: null,
    operatorOgrn: null,
    subject: { person: staffMemberOf(person).person, contact: null },
    resources: [`официальный сайт ${org.shortName}, раздел «Наставничество»`],
    ...DISTRIBUTION_DEFAULTS,
    conditions: null,
    citations: terms.citations,
    date: null,
  });
  const bytes = await renderPdf(consentDistribution.build(data));
  return { bytes, filename: `Согласие на распространение ПДн — ${person.lastName}.pdf` };
}
