// The student model's monitoring at a school: what is filled and missing per pair, the stage 1
// summary by question with strengths and weaknesses, the stage 2 change per pair and per form,
// and the report drafted from them into the register.
import 'server-only';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { AppError } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { ROLE_LABELS } from '@/lib/domain/students/questionnaires';
import {
  formatDistribution,
  growthByPairAndForm,
  type GrowthInput,
  openAnswers,
  strengthsAndWeaknesses,
  summarizeQuality,
  SWOT_THRESHOLDS,
} from '@/lib/domain/students/swot';
import type { monitoringReportSchema } from '@/lib/domain/validations/students-monitoring';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { studentMonitoringReport } from '@/templates/student-monitoring-report';
import type { StudentMonitoringReport } from '@/templates/student-monitoring-report/schema';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { type FilledQuestionnaire, listMonitoredPairs, listQuestionnaires, slotsOf } from './questionnaires';

export async function loadStudentMonitoring(db: Db | Tx, scope: Scope, period?: { from: string; to: string }) {
  const pairs = await listMonitoredPairs(db, scope);
  const all = await listQuestionnaires(db, scope);
  const visible = new Set(pairs.map((p) => p.id));
  const inPeriod = (q: FilledQuestionnaire) => !period || (q.filledOn >= period.from && q.filledOn <= period.to);
  // A teacher sees only their own pairs' questionnaires, never the curator's.
  const filled = all.filter((q) => (q.pairId ? visible.has(q.pairId) : scope.role !== 'teacher') && inPeriod(q));
  const quality = filled.filter((q) => q.stage === 'quality');
  const summary = summarizeQuality(quality);
  const growthRows: GrowthInput[] = [];
  for (const q of filled) {
    if (q.stage === 'quality' || !q.pairId) continue;
    const pair = pairs.find((p) => p.id === q.pairId)!;
    growthRows.push({
      pairId: pair.id,
      pairLabel: `${pair.mentorName} — ${pair.mentees.map((m) => m.name).join(', ')} (${pair.formName})`,
      formName: pair.formName,
      respondent: q.role === 'mentor' ? 'mentor' : `mentee:${q.pupilId}`,
      stage: q.stage,
      answers: q.answers,
    });
  }
  return {
    pairs: pairs.map((p) => ({ pair: p, slots: slotsOf(p, filled) })),
    curator: filled.filter((q) => q.role === 'curator'),
    quality,
    summary,
    swot: strengthsAndWeaknesses(summary),
    remarks: openAnswers(quality),
    growth: growthByPairAndForm(growthRows),
  };
}

export type StudentMonitoring = Awaited<ReturnType<typeof loadStudentMonitoring>>;

/** The report's data: counts and means only — the open answers are quoted without their authors. */
export function monitoringReportData(m: StudentMonitoring, o: { author: string; periodFrom: string; periodTo: string; date: string; signer: StudentMonitoringReport['signer'] }) {
  const count = (role: 'mentor' | 'mentee' | 'curator') => m.quality.filter((q) => q.role === role).length;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    author: o.author,
    periodFrom: o.periodFrom,
    periodTo: o.periodTo,
    date: o.date,
    respondents: { mentors: count('mentor'), mentees: count('mentee'), curators: count('curator') },
    thresholds: { ...SWOT_THRESHOLDS },
    questions: m.summary
      .filter((s) => s.count > 0)
      .map((s) => ({
        respondent: ROLE_LABELS[s.role],
        text: s.text,
        count: s.count,
        mean: s.mean === null ? null : round(s.mean),
        distribution: formatDistribution(s.distribution),
      })),
    strengths: m.swot.strengths.map((s) => ({ respondent: ROLE_LABELS[s.role], text: s.text, mean: round(s.mean) })),
    weaknesses: m.swot.weaknesses.map((s) => ({ respondent: ROLE_LABELS[s.role], text: s.text, mean: round(s.mean) })),
    remarks: m.remarks.flatMap((r) => r.answers.map((a) => `${a} (${ROLE_LABELS[r.role]})`)).slice(0, 100),
    growth: m.growth.forms.flatMap((f) =>
      f.changes.map((c) => ({
        form: f.label,
        question: c.text,
        matched: f.matched,
        before: c.before === null ? null : round(c.before),
        after: c.after === null ? null : round(c.after),
      })),
    ),
    signer: o.signer,
  };
}

export async function createMonitoringReport(ctx: OpContext, input: z.output<typeof monitoringReportSchema>): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  const today = todayIso();
  if (input.periodTo > today) throw new AppError('VALIDATION', 'Проверьте заполнение полей.', { periodTo: ['Период не может заканчиваться позже сегодняшнего дня.'] });
  const m = await loadStudentMonitoring(ctx.tx, ctx.scope, { from: input.periodFrom, to: input.periodTo });
  if (m.quality.length === 0 && m.growth.pairs.length === 0) throw new AppError('VALIDATION', 'За этот период не заполнено ни одной анкеты: отчёт не из чего составить.');
  const data = monitoringReportData(m, {
    author: org.fullName,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    date: today,
    signer: { position: [org.headPosition], person: { lastName: org.headLastName, firstName: org.headFirstName, middleName: org.headMiddleName ?? '' } },
  });
  const check = studentMonitoringReport.schema.safeParse(data);
  if (!check.success) throw new AppError('VALIDATION', `Отчёт нельзя составить: ${check.error.issues[0]!.message}.`);
  const doc = await createDraft(ctx, {
    template: studentMonitoringReport.name,
    title: `${studentMonitoringReport.title} за период с ${formatDate(input.periodFrom)} по ${formatDate(input.periodTo)}`,
    data: check.data,
  });
  await ctx.audit({ action: 'students.monitoring_report.draft', entity: 'document', entityId: doc.id, after: input });
  return doc;
}
