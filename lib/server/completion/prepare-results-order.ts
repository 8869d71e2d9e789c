// Prepares the order on the results of mentoring (template results-order, «-од») and, when
// mentors are chosen for encouragement, the personnel order «О поощрении наставников»
// (mentor-reward-order, «-лс», ст. 191 ТК РФ) as drafts in the register — each created once,
// updated on later saves; they are issued from the register like every order.
import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { acknowledgements, documents, organizations, programs } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { formatDate, initialsAfter } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { assertCan } from '@/lib/domain/permissions';
import { planProgress } from '@/lib/domain/school/program-data';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import type { ResultsOrderForm } from '@/lib/domain/validations/completion';
import { REWARD_BASIS } from '@/templates/_school/legal-bases';
import { mentorRewardOrder } from '@/templates/mentor-reward-order';
import { resultsOrder, resultsOrderTitle } from '@/templates/results-order';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { updateDraft } from '../documents/update-draft';
import { staffAcknowledgements, upsertDraft } from '../documents/upsert-draft';
import { BLANK_ACT, curatorOf, regulationRef, requireOrgRequisites } from '../organizations/requisites';
import { listPairs, type PairView } from '../pairs/list-pairs';

export const RESULTS_TEMPLATE = resultsOrder.name;
export const REWARD_TEMPLATE = mentorRewardOrder.name;

/**
 * What the annex says of a pair ended early: the date and the order that ended it, and
 * nothing an order did not do (no «закреплены за другим наставником» unless an order did it).
 */
export function terminatedSummary(v: Pick<PairView, 'pair' | 'termination'>): string {
  const order = v.termination?.number && v.termination.issueDate ? ` (приказ от ${formatDate(v.termination.issueDate)} № ${v.termination.number})` : '';
  return `Наставничество прекращено досрочно${v.pair.endedOn ? ` с ${formatDate(v.pair.endedOn)}` : ''}${order}.`;
}

/** «Программа выполнена» is stated only of a pair whose ППН has every activity marked done. */
async function assertProgramsDone(ctx: OpContext, views: Awaited<ReturnType<typeof listPairs>>) {
  if (views.length === 0) return;
  const rows = await ctx.tx
    .select({ pairId: programs.pairId, data: programs.data })
    .from(programs)
    .where(and(eq(programs.kind, 'ppn'), inArray(programs.pairId, views.map((v) => v.pair.id))));
  const progressOf = new Map(rows.map((r) => [r.pairId, planProgress(r.data as Parameters<typeof planProgress>[0])]));
  const unfinished = views.flatMap((v) => {
    const p = progressOf.get(v.pair.id);
    if (p && p.total > 0 && p.done === p.total) return [];
    return [`${initialsAfter(v.mentor)}: ${p ? `выполнено ${p.done} из ${p.total}` : 'ППН нет'}`];
  });
  if (unfinished.length === 0) return;
  const message = `Итог «программа выполнена» — только когда в ППН отмечены все мероприятия; отметьте их или выберите «выполнена частично». ${unfinished.join('; ')}.`;
  throw new AppError('VALIDATION', message);
}

export async function prepareResultsOrder(ctx: OpContext, input: ResultsOrderForm): Promise<{ id: string; rewardId: string | null }> {
  assertCan(ctx.scope, 'mentoring.manage');
  // The organization row lock serializes two saves of the same school: one draft, never two.
  const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, ctx.scope.orgId)).for('update');
  if (!org) throw forbidden();
  const chosen = input.pairs.filter((p) => p.chosen);
  const views = await listPairs(ctx.tx, ctx.scope, { statuses: ['completed', 'terminated'], ids: chosen.map((p) => p.pairId) });
  if (views.length !== chosen.length) throw notFound('Пара');
  const outcomeOf = new Map(chosen.map((p) => [p.pairId, p.outcome]));
  const outcome = (v: (typeof views)[number]) => (v.pair.status === 'terminated' ? 'terminated' : outcomeOf.get(v.pair.id) === 'partial' ? 'partial' : 'completed');
  await assertProgramsDone(ctx, views.filter((v) => outcome(v) === 'completed'));
  const mentorsOfPairs = new Map(views.map((v) => [v.mentor.id, v.mentor]));
  const thanked = input.mentors.filter((m) => m.chosen);
  if (thanked.some((m) => !mentorsOfPairs.has(m.mentorId))) {
    throw new AppError('VALIDATION', 'Поощряются наставники пар, включённых в приказ.', { mentors: ['Поощряются наставники пар, включённых в приказ.'] });
  }
  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const rewarded = thanked.map((m) => mentorsOfPairs.get(m.mentorId)!);
  const listed = [...(curator ? [curator] : []), ...rewarded.filter((p) => p.id !== curator?.id)];
  const data = checkTemplateData(
    RESULTS_TEMPLATE,
    {
      org: requireOrgRequisites(org),
      date: null,
      number: null,
      legalBases: org.legalBases,
      regulation: (await regulationRef(ctx.tx, org.id)) ?? BLANK_ACT,
      period: input.period,
      results: views.map((v) => ({
        mentor: staffMemberOf(v.mentor),
        mentees: v.mentees.map(staffMemberOf),
        start: v.pair.startDate,
        end: v.pair.endedOn ?? v.pair.endDate,
        outcome: outcome(v),
        // A terminated pair's summary is the app's, from the order that ended it.
        summary: v.pair.status === 'terminated' ? terminatedSummary(v) : (v.pair.results ?? terminatedSummary(v)),
      })),
      rewardsFollow: thanked.length > 0,
      curator: curator ? staffMemberOf(curator) : null,
      acknowledgement: listed.map(staffMemberOf),
    },
    ({ path }) => ({ field: path[0] === 'period' ? 'period' : '_form' }),
  );
  const rewardId = thanked.length ? (await prepareRewardOrder(ctx, org, thanked, rewarded)).id : null;
  const acks = listed.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position }));
  const title = resultsOrderTitle(input.period);
  const [draft] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, org.id), eq(documents.template, RESULTS_TEMPLATE), isNull(documents.parentId), inArray(documents.status, ['draft'])))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  if (!draft) return { ...(await createDraft(ctx, { template: RESULTS_TEMPLATE, title, data, acknowledgements: acks })), rewardId };
  await updateDraft(ctx, { documentId: draft.id, data, title });
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, draft.id));
  await insertAcknowledgements(ctx.tx, draft.id, acks);
  return { id: draft.id, rewardId };
}

/** The personnel order «О поощрении наставников» for the mentors chosen; a premium needs the school's pay-system clause. */
async function prepareRewardOrder(
  ctx: OpContext,
  org: typeof organizations.$inferSelect,
  thanked: ResultsOrderForm['mentors'],
  rewarded: PairView['mentor'][],
): Promise<{ id: string }> {
  if (thanked.some((m) => m.kind === 'premium') && !org.payBasis.trim()) {
    const message = 'Премия выплачивается по Положению об оплате труда: укажите его пункт в настройках школы (/school/settings).';
    throw new AppError('VALIDATION', message, { mentors: [message] });
  }
  const data = checkTemplateData(
    mentorRewardOrder.name,
    {
      org: requireOrgRequisites(org),
      date: null,
      number: null,
      legalBases: [REWARD_BASIS],
      resultsOrder: null,
      payBasis: org.payBasis.trim() || null,
      encouragements: thanked.map((m, i) => ({ recipient: staffMemberOf(rewarded[i]!), kind: m.kind, size: m.size, merit: m.merit })),
      acknowledgement: rewarded.map(staffMemberOf),
    },
    () => ({ field: 'mentors' }),
  );
  return upsertDraft(ctx, {
    organizationId: org.id,
    template: mentorRewardOrder.name,
    title: mentorRewardOrder.title,
    data,
    acknowledgements: staffAcknowledgements(rewarded),
  });
}
