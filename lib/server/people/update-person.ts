// Edits a staff record of the caller's school. Its personal-data mark is the person's one
// consent record, the same /consents shows: taking it off records a withdrawal today, whose
// erasure follows the 30 days of ст. 21 152-ФЗ; birth date and experience stay.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { people, users } from '@/db/schema';
import { fullNameOf } from '@/lib/core/russian';
import type { UpdatePersonInput } from '@/lib/domain/validations/person';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { linkStaffAccounts } from '../users/link-staff-accounts';
import { assertAcceptable } from './create-person';
import { loadPerson } from './load-person';
import { markPersonalDataConsent } from './personal-data';
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
  const consent = await markPersonalDataConsent(ctx.tx, {
    organizationId: org.id,
    personId: after.id,
    given: input.personalDataConsent,
    date: input.personalDataConsentDate,
    today: todayIso(),
    userId: ctx.scope.userId,
  });
  // The account of this person is named after the staff record.
  await ctx.tx
    .update(users)
    .set({ fullName: fullNameOf(after) })
    .where(eq(users.personId, after.id));
  await linkStaffAccounts(ctx, org.id);
  await ctx.audit({
    action: 'person.update',
    entity: 'person',
    entityId: after.id,
    organizationId: org.id,
    before: auditView(before),
    after: { ...auditView(after), ...(consent ? { personalDataConsentRecord: consent } : {}) },
  });
  return { id: after.id };
}
