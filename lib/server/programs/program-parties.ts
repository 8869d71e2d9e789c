// The people and requisites every program prints: the school, the curator who keeps the
// programs, and for a ППН the pair with its mentor and mentees.
import 'server-only';
import { AppError } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import type { OpContext } from '../context';
import { curatorOf, loadOrganization, requireOrgRequisites } from '../organizations/requisites';

export async function programParties(ctx: OpContext, organizationId: string) {
  const org = await loadOrganization(ctx.tx, organizationId);
  const curator = await curatorOf(ctx.tx, organizationId, ctx.scope);
  if (!curator) {
    throw new AppError('VALIDATION', 'В программе указывается куратор: создайте учётную запись куратора, связанную с сотрудником школы.');
  }
  return { org: requireOrgRequisites(org), curator: staffMemberOf(curator) };
}
