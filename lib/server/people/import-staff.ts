// Step 3 of the staff import: re-checks every row on the server (the browser's preview is
// never trusted) and writes all of them in one statement, or none when any row has an error.
import 'server-only';
import { people } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { plural } from '@/lib/core/russian';
import type { StaffImportInput } from '@/lib/domain/validations/person';
import type { OpContext } from '../context';
import { linkStaffAccounts } from '../users/link-staff-accounts';
import { checkAgainstStaff } from './preview-staff-import';
import { lockOwnSchool, personColumns } from './school-staff';

export async function importStaff(ctx: OpContext, input: StaffImportInput): Promise<{ count: number }> {
  const org = await lockOwnSchool(ctx);
  const check = await checkAgainstStaff(ctx.tx, org.id, input);
  if (check.errorLines.length) {
    const lines = check.errorLines.slice(0, 20).join(', ') + (check.errorLines.length > 20 ? ' и другие' : '');
    throw new AppError('VALIDATION', `Ничего не записано: исправьте ${plural(check.errorLines.length, ['строку', 'строки', 'строки'])} ${lines} и загрузите файл снова.`);
  }
  const persons = check.rows.flatMap((r) => (r.person ? [r.person] : []));
  if (persons.length === 0) throw new AppError('VALIDATION', 'В файле нет строк с сотрудниками под строкой заголовков.');
  await ctx.tx.insert(people).values(persons.map((p) => ({ organizationId: org.id, ...personColumns(p) })));
  await linkStaffAccounts(ctx, org.id);
  await ctx.audit({
    action: 'people.import',
    entity: 'person',
    organizationId: org.id,
    after: { count: persons.length, personalData: input.personalDataConsent, droppedPersonalDataColumns: check.personalDataDropped },
  });
  return { count: persons.length };
}
