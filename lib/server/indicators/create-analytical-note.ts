// Drafts the analytical note of a district (or the region) from its indicators on a date;
// the draft is then previewed and issued in the register (/documents/<id>). A double submit
// finds the identical draft the first one made and returns it.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { documents } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { analyticalNoteData } from '@/lib/domain/indicators/note';
import type { analyticalNoteSchema } from '@/lib/domain/validations/monitoring';
import { analyticalNote } from '@/templates/analytical-note';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { loadIndicatorReport } from './load-report';

/** The template's limit on rows. */
const MAX_SCHOOLS = 1000;

export async function createAnalyticalNote(ctx: OpContext, input: z.output<typeof analyticalNoteSchema>): Promise<{ id: string }> {
  const today = todayIso();
  if (input.referenceDate > today) {
    throw new AppError('VALIDATION', 'Проверьте заполнение полей.', { referenceDate: ['Показатели рассчитываются на сегодняшнюю или прошедшую дату.'] });
  }
  const report = await loadIndicatorReport(ctx.tx, ctx.scope, { unitId: input.unitId, referenceDate: input.referenceDate });
  if (report.level === 'school') throw new AppError('VALIDATION', 'Аналитическую справку составляет муниципалитет или регион.');
  if (report.schools.length === 0) throw new AppError('VALIDATION', 'В справку некого включить: образовательных организаций нет.');
  if (report.schools.length > MAX_SCHOOLS) {
    throw new AppError('VALIDATION', `В справку помещается не больше ${MAX_SCHOOLS} организаций: составьте справки по муниципалитетам.`);
  }
  const data = analyticalNoteData({
    level: report.level,
    total: report.total,
    schools: report.schools,
    author: report.unit.fullName,
    territory: input.territory,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    referenceDate: input.referenceDate,
    date: today,
    purpose: input.purpose,
    studentPlan: report.studentPlan,
    signer: {
      position: [input.signerPosition],
      person: { lastName: input.signerLastName, firstName: input.signerFirstName, middleName: input.signerMiddleName },
    },
  });
  // Counts that contradict each other (a pair whose mentor is not in the bank) would stop the
  // issue later; say which school now.
  const check = analyticalNote.schema.safeParse(data);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    const school = issue.path[0] === 'schools' ? data.schools[Number(issue.path[1])]?.name : null;
    throw new AppError('VALIDATION', `Справку нельзя составить${school ? ` по данным ${school}` : ''}: ${issue.message}.`);
  }
  const title = `${analyticalNote.title} на ${formatDate(input.referenceDate)}`;
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${analyticalNote.name}:${ctx.scope.orgId}:${report.unit.id}`}, 0))`);
  const [twin] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.organizationId, ctx.scope.orgId),
        eq(documents.template, analyticalNote.name),
        eq(documents.status, 'draft'),
        eq(documents.title, title),
        sql`${documents.data} = ${JSON.stringify(check.data)}::jsonb`,
      ),
    )
    .limit(1);
  if (twin) return twin;
  // The note is the author's document (the operator's or the coordinator's office), whatever unit it covers.
  return createDraft(ctx, { template: analyticalNote.name, title, data: check.data });
}
