// Reads for the district order pages: the office's orders with acknowledgement counts, and
// one order with its form (for editing a draft) and who has and has not acknowledged it.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, users } from '@/db/schema';
import { dutiesFormInput, regulationFormInput, styleOfTemplate } from '@/lib/domain/district/order-data';
import type { DistrictOrderFormInput } from '@/lib/domain/validations/district';
import type { Scope } from '@/lib/server/auth/scope';
import type { DistrictOrderDuties } from '@/templates/district-order-duties/schema';
import type { DistrictOrderRegulation } from '@/templates/district-order-regulation/schema';
import { findTemplate } from '@/templates/registry';
import { listDocuments } from '../documents/list-documents';
import { loadDocument } from '../documents/load-document';
import { assertDistrictOrder } from './order-base';

export async function listDistrictOrders(db: Db, scope: Scope) {
  const docs = await listDocuments(db, scope, scope.orgId);
  return docs.filter((d) => styleOfTemplate(d.template) !== null);
}

export async function loadDistrictOrder(db: Db, scope: Scope, id: unknown) {
  const doc = await loadDocument(db, scope, id);
  const style = assertDistrictOrder(doc, scope);
  const rows = await db
    .select({
      id: acknowledgements.id,
      position: acknowledgements.position,
      lastName: acknowledgements.lastName,
      firstName: acknowledgements.firstName,
      middleName: acknowledgements.middleName,
      unit: acknowledgements.unit,
      acknowledgedOn: acknowledgements.acknowledgedOn,
      method: acknowledgements.method,
      /** Whether the head may acknowledge in the app (ст. 22.1 ТК РФ); otherwise on paper only. */
      electronicHrConsent: users.electronicHrConsent,
    })
    .from(acknowledgements)
    .leftJoin(users, eq(acknowledgements.userId, users.id))
    .where(eq(acknowledgements.documentId, doc.id))
    .orderBy(asc(acknowledgements.position));
  const counts = {
    total: rows.length,
    electronic: rows.filter((r) => r.method === 'electronic').length,
    paper: rows.filter((r) => r.method === 'paper').length,
    pending: rows.filter((r) => !r.acknowledgedOn).length,
  };
  return { doc, style, rows, counts };
}

/** The wizard's values of a saved draft. */
export function orderFormInput(doc: { template: string; data: unknown }): DistrictOrderFormInput {
  const data = findTemplate(doc.template)!.schema.parse(doc.data);
  return styleOfTemplate(doc.template) === 'regulation'
    ? regulationFormInput(data as DistrictOrderRegulation)
    : dutiesFormInput(data as DistrictOrderDuties);
}
