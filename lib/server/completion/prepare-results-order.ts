// Prepares the order on the results of mentoring and the encouragement of the best mentors
// (template results-order) as a draft in the register — created once, updated on later
// saves; it is issued from the register like every order.
import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { acknowledgements, documents, organizations, programs } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { assertCan } from '@/lib/domain/permissions';
import { planProgress } from '@/lib/domain/school/program-data';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import type { ResultsOrderForm } from '@/lib/domain/validations/completion';
import { resultsOrder, resultsOrderTitle } from '@/templates/results-order';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { updateDraft } from '../documents/update-draft';
import { BLANK_ACT, curatorOf, regulationRef, requireOrgRequisites } from '../organizations/requisites';
import { listPairs } from '../pairs/list-pairs';

export const RESULTS_TEMPLATE = resultsOrder.name;
const TERMINATED_SUMMARY = 'Наставничество прекращено досрочно.';

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

export async function prepareResultsOrder(ctx: OpContext, input: ResultsOrderForm): Promise<{ id: string }> {
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
  const listed = [...(curator ? [curator] : []), ...thanked.map((m) => mentorsOfPairs.get(m.mentorId)!).filter((p) => p.id !== curator?.id)];
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
        summary: v.pair.results ?? TERMINATED_SUMMARY,
      })),
      encouragements: thanked.map((m) => ({ recipient: staffMemberOf(mentorsOfPairs.get(m.mentorId)!), kind: m.kind, size: m.size, merit: m.merit })),
      curator: curator ? staffMemberOf(curator) : null,
      acknowledgement: listed.map(staffMemberOf),
    },
    ({ path }) => ({ field: path[0] === 'encouragements' ? `mentors` : path[0] === 'period' ? 'period' : '_form' }),
  );
  const acks = listed.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position }));
  const title = resultsOrderTitle(input.period);
  const [draft] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, org.id), eq(documents.template, RESULTS_TEMPLATE), isNull(documents.parentId), inArray(documents.status, ['draft'])))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  if (!draft) return createDraft(ctx, { template: RESULTS_TEMPLATE, title, data, acknowledgements: acks });
  await updateDraft(ctx, { documentId: draft.id, data, title });
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, draft.id));
  await insertAcknowledgements(ctx.tx, draft.id, acks);
  return { id: draft.id };
}
