// Marks one plan row of a program done on a date (or takes the mark back), during the year:
// the curator or head for any program of the school, a teacher for their own (own-programs.ts).
// Setting the same mark twice leaves the same data: a double submit is harmless.
import 'server-only';
import { eq } from 'drizzle-orm';
import { programs } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { withMark } from '@/lib/domain/school/program-data';
import type { Mark } from '@/lib/domain/validations/programs';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { loadMarkableProgram } from './own-programs';

export async function markActivity(ctx: OpContext, input: Mark): Promise<{ id: string }> {
  const program = await loadMarkableProgram(ctx.tx, ctx.scope, input.programId);
  if (input.doneOn && input.doneOn > todayIso()) {
    throw new AppError('VALIDATION', 'Дата выполнения не может быть позже сегодняшней.', { doneOn: ['Дата выполнения не может быть позже сегодняшней.'] });
  }
  let data: unknown;
  try {
    data = withMark(program.data as Parameters<typeof withMark>[0], input.index, input.doneOn);
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('NOT_FOUND', 'Мероприятие не найдено в плане программы.');
    throw e;
  }
  await ctx.tx.update(programs).set({ data, updatedAt: new Date() }).where(eq(programs.id, program.id));
  await ctx.audit({ action: 'program.mark', entity: 'program', entityId: program.id, organizationId: program.organizationId, after: input });
  return { id: program.id };
}
