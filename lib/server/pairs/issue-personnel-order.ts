// Issues a personnel order of the pairs page in its own series («-лс»); the pay order cannot
// predate the pair order it rests on.
import 'server-only';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { mentorRewardOrder } from '@/templates/mentor-reward-order';
import { mentoringPayOrder } from '@/templates/mentoring-pay-order';
import { mentoringPayStopOrder } from '@/templates/mentoring-pay-stop-order';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { validateTemplateData } from '../documents/render-frozen';

const PERSONNEL = new Set<string>([mentoringPayOrder.name, mentoringPayStopOrder.name, mentorRewardOrder.name]);

export async function issuePersonnelOrder(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (!PERSONNEL.has(doc.template)) throw new AppError('VALIDATION', 'Этот документ — не приказ по личному составу о наставничестве.');
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  if (doc.template === mentoringPayOrder.name) {
    const { pairOrder } = validateTemplateData(mentoringPayOrder, doc.data);
    if (pairOrder.date && input.issueDate < pairOrder.date) {
      const message = `Приказ о выплате не может быть раньше приказа о закреплении пар (${formatDate(pairOrder.date)}).`;
      throw new AppError('VALIDATION', message, { issueDate: [message] });
    }
  }
  return issueDocument(ctx, input);
}
