// One PDF with every paper still missing for the selected pairs — consents, personal-data
// consents (once per person) and the mentors' additional agreements — built from the
// templates' document models joined with page breaks and rendered once.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { renderPdf } from '@/lib/documents/render';
import { concatModels, consentForm, type FormsContext } from '@/lib/domain/mentoring/consent-forms';
import { missingOf } from '@/lib/domain/mentoring/consents';
import { parseId, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { templateOf, validateTemplateData } from '../documents/render-frozen';
import { personalDataTermsOf } from '../organizations/personal-data-terms';
import { BLANK_ACT, regulationRef, requireOrgRequisites } from '../organizations/requisites';
import { listPairs } from '../pairs/list-pairs';

export const MAX_PRINTED_PAIRS = 100;
export const NO_PAIR_TICKED = 'Отметьте пары, согласия которых нужно распечатать.';

export async function consentFormsPdf(db: Db, scope: Scope, rawIds: unknown[]): Promise<{ bytes: Buffer; filename: string; documents: number }> {
  const ids = [...new Set(rawIds.map((id) => parseId(id, 'Пара')))];
  if (ids.length === 0) throw new AppError('VALIDATION', NO_PAIR_TICKED);
  if (ids.length > MAX_PRINTED_PAIRS) throw new AppError('VALIDATION', `За один раз печатаются согласия не более ${MAX_PRINTED_PAIRS} пар.`);
  const org = await requireOrgInScope(db, scope, scope.orgId);
  const pairs = await listPairs(db, scope, { ids, statuses: ['forming', 'active'], organizationId: org.id });
  if (pairs.length !== ids.length) throw notFound('Пара');

  const ctx: FormsContext = {
    org: requireOrgRequisites(org),
    regulation: (await regulationRef(db, org.id)) ?? BLANK_ACT,
    personalData: await personalDataTermsOf(db, org),
    payBasis: org.payBasis,
    founder: pairs.some((p) => p.pair.basis === 'founder_agreement') ? await founderOf(db, org) : null,
  };

  const models = [];
  const personalDataPrinted = new Set<string>();
  for (const view of pairs) {
    const formPair = {
      mentor: view.mentor,
      mentees: view.mentees,
      form: view.pair.form,
      start: view.pair.startDate,
      end: view.pair.endDate,
      paymentSize: view.pair.paymentSize,
      basis: view.pair.basis,
    };
    for (const missing of missingOf(view.consents)) {
      if (missing.kind === 'personal_data') {
        if (personalDataPrinted.has(missing.personId)) continue;
        personalDataPrinted.add(missing.personId);
      }
      const doc = consentForm(ctx, formPair, missing.personId, missing.kind);
      models.push(templateOf(doc.template).build(validateTemplateData(doc.template, doc.data)));
    }
  }
  if (models.length === 0) throw conflict('Все согласия выбранных пар получены — печатать нечего.');
  const bytes = await renderPdf(concatModels('Согласия участников наставничества и дополнительные соглашения', models));
  return { bytes, filename: `Согласия и дополнительные соглашения (${models.length}).pdf`, documents: models.length };
}

/**
 * The school head's employer side: the education office above the school, which exercises the
 * founder's powers in this product's tree, signed by its head.
 */
async function founderOf(db: Db, org: { parentId: string | null }) {
  if (!org.parentId) return null;
  const [parent] = await db.select().from(organizations).where(eq(organizations.id, org.parentId));
  if (!parent?.headLastName || !parent.headFirstName) return null;
  return {
    name: parent.fullName,
    signer: {
      person: { lastName: parent.headLastName, firstName: parent.headFirstName, middleName: parent.headMiddleName, gender: parent.headGender },
      position: parent.headPosition,
    },
    authority: 'учредительных документов',
  };
}
