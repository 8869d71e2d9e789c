// Adds a staff member to the caller's school by hand (the import adds many at once).
import 'server-only';
import { people } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { duplicateMessage, findDuplicate } from '@/lib/domain/import/duplicates';
import { impossibleDates, type PersonInput } from '@/lib/domain/validations/person';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { linkStaffAccounts } from '../users/link-staff-accounts';
import { auditView, knownStaff, lockOwnSchool, personColumns } from './school-staff';

/** Dates that cannot be true today, and a namesake already on the staff, as field errors. */
export async function assertAcceptable(ctx: OpContext, organizationId: string, input: PersonInput, exceptId?: string): Promise<void> {
  const dates = impossibleDates(input, todayIso());
  if (Object.keys(dates).length) throw new AppError('VALIDATION', 'Проверьте даты.', dates);
  const duplicate = findDuplicate(input, await knownStaff(ctx.tx, organizationId, exceptId));
  if (duplicate) {
    const message = `${duplicateMessage(duplicate)} Если это другой человек, укажите отчество или дату рождения.`;
    throw new AppError('CONFLICT', message, { lastName: [message] });
  }
}

export async function createPerson(ctx: OpContext, input: PersonInput): Promise<{ id: string }> {
  const org = await lockOwnSchool(ctx);
  await assertAcceptable(ctx, org.id, input);
  const [created] = await ctx.tx
    .insert(people)
    .values({ organizationId: org.id, ...personColumns(input) })
    .returning();
  if (!created) throw new Error('insert returned no row');
  await linkStaffAccounts(ctx, org.id);
  await ctx.audit({ action: 'person.create', entity: 'person', entityId: created.id, organizationId: org.id, after: auditView(created) });
  return { id: created.id };
}
