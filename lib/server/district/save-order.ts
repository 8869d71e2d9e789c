// Creating and editing a district order draft from the wizard. The form becomes template
// data with the office's requisites and the heads' acknowledgement list, is validated
// against the template (so an issue cannot fail on the form's content later), and the
// register (createDraft / updateDraft) stores it.
import 'server-only';
import { eq } from 'drizzle-orm';
import { acknowledgements } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { DISTRICT_TEMPLATES, templateData } from '@/lib/domain/district/order-data';
import type { DistrictOrderForm } from '@/lib/domain/validations/district';
import { getTemplate } from '@/templates/registry';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { loadDocument } from '../documents/load-document';
import { validateTemplateData } from '../documents/render-frozen';
import { updateDraft } from '../documents/update-draft';
import { assertDistrictOrder, type DistrictOrderBase, districtOrderBase } from './order-base';
import { acknowledgementEntries, printedSheet } from './school-heads';

function buildDraft(form: DistrictOrderForm, base: DistrictOrderBase) {
  const template = DISTRICT_TEMPLATES[form.style];
  const data = templateData(form, { org: base.requisites, acknowledgement: printedSheet(base.heads) });
  // The template's own title ('Об утверждении положения …' is composed from the form).
  const title = getTemplate(template).build(validateTemplateData(template, data)).title;
  return { template, data, title };
}

export async function createDistrictOrder(ctx: OpContext, form: DistrictOrderForm): Promise<{ id: string }> {
  const base = await districtOrderBase(ctx.tx, ctx.scope);
  const draft = buildDraft(form, base);
  return createDraft(ctx, { ...draft, organizationId: base.district.id, acknowledgements: acknowledgementEntries(base.heads) });
}

/** Replaces the acknowledgement rows of a draft with the heads as they are now. */
export async function refreshAddressees(ctx: OpContext, documentId: string, base: DistrictOrderBase) {
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, documentId));
  await insertAcknowledgements(ctx.tx, documentId, acknowledgementEntries(base.heads));
}

export async function updateDistrictOrder(ctx: OpContext, input: { documentId: string; form: DistrictOrderForm }): Promise<{ id: string }> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  const style = assertDistrictOrder(doc, ctx.scope);
  if (style !== input.form.style) throw new AppError('VALIDATION', 'Вид приказа не совпадает с сохранённым проектом.');
  const base = await districtOrderBase(ctx.tx, ctx.scope);
  const draft = buildDraft(input.form, base);
  await updateDraft(ctx, { documentId: doc.id, data: draft.data, title: draft.title });
  await refreshAddressees(ctx, doc.id, base);
  return { id: doc.id };
}

/** The wizard's one entry: a new draft, or the edited draft. */
export const saveDistrictOrder = (ctx: OpContext, input: { documentId?: string; form: DistrictOrderForm }) =>
  input.documentId ? updateDistrictOrder(ctx, { documentId: input.documentId, form: input.form }) : createDistrictOrder(ctx, input.form);
