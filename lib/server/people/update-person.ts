// Edits a staff record of the caller's school. Withdrawing the consent to personal-data
// processing erases the birth date and the pedagogical start with it (152-ФЗ).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { people, users } from '@/db/schema';
import { fullNameOf } from '@/lib/core/russian';
import type { UpdatePersonInput } from '@/lib/domain/validations/person';
import type { OpContext } from '../context';
import { linkStaffAccounts } from '../users/link-staff-accounts';
import { assertAcceptable } from './create-person';
import { loadPerson } from './load-person';
import { auditView, lockOwnSchool, personColumns } from './school-staff';

export async function updatePerson(ctx: OpContext, input: UpdatePersonInput): Promise<{ id: string }> {
  const org = await lockOwnSchool(ctx);
  const before = await loadPerson(ctx.tx, ctx.scope, input.personId);
  await assertAcceptable(ctx, org.id, input, before.id);
  const [after] = await ctx.tx
    .update(people)
    .set({ ...personColumns(input), updatedAt: new Date() })
    .where(and(eq(people.id, before.id), eq(people.organizationId, org.id)))
    .returning();
  if (!after) throw new Error('update matched no row');
  // The account of this person is named after the staff record.
  await ctx.tx
    .update(users)
    .set({ fullName: fullNameOf(after) })
    .where(eq(users.personId, after.id));
  await linkStaffAccounts(ctx, org.id);
  await ctx.audit({ action: 'person.update', entity: 'person', entityId: after.id, organizationId: org.id, before: auditView(before), after: auditView(after) });
  return { id: after.id };
}
