// What every district order takes from the database rather than from the form: the
// issuing office's requisites and the heads of its schools who must acknowledge the order.
import 'server-only';
import type { Db, Tx } from '@/db/client';
import type { DocumentRow, Organization } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { styleOfTemplate } from '@/lib/domain/district/order-data';
import { assertCan } from '@/lib/domain/permissions';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { OrgRequisites } from '@/templates/_parts';
import { requireOrgRequisites } from '../organizations/requisites';
import { listSchoolHeads, type SchoolHead } from './school-heads';

export interface DistrictOrderBase {
  district: Organization;
  requisites: OrgRequisites;
  heads: SchoolHead[];
}

/** Only a municipality's own coordinator issues its orders; its requisites must be filled in. */
export async function districtOrderBase(db: Db | Tx, scope: Scope): Promise<DistrictOrderBase> {
  assertCan(scope, 'district.orders');
  const district = await requireOrgInScope(db, scope, scope.orgId);
  return { district, requisites: requireOrgRequisites(district), heads: await listSchoolHeads(db, scope) };
}

/** A document loaded through the scope is a district order of the caller's own office, or "not found". */
export function assertDistrictOrder(doc: DocumentRow, scope: Scope) {
  const style = styleOfTemplate(doc.template);
  if (!style || doc.organizationId !== scope.orgId || doc.parentId) throw notFound('Приказ', 'masculine');
  return style;
}
