// A mentor's written notice of early refusal of mentoring work, addressed to the head
// («Директору … О.А. Киреевой от учителя … Ивановой М.П.»); the end date lies at least three
// working days after the notice is received (ст. 351.8 ТК РФ), so the form ends with the
// school's mark of receipt: date, incoming number, who took it.
import { declineFullName, formatDate } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { BLANK_DATE, BLANK_NUMBER } from '@/templates/_parts';
import { addressee, bodyParagraph, personalSignature } from '@/templates/_school/forms';
import { joinWithAnd } from '@/templates/_school/pairs';
import { positionIn } from '@/templates/_school/staff';
import { dateAndNumber } from '@/templates/_school/wording';
import type { RefusalNotice } from './schema';

export const TITLE = 'Уведомление о досрочном отказе от наставничества';

export function build(data: RefusalNotice): DocumentModel {
  const { mentor } = data;
  const mentees = joinWithAnd(data.mentees.map((m) => `${positionIn(m, 'genitive')} ${declineFullName(m.person, 'genitive')}`));
  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      addressee(data.org, mentor),
      { kind: 'docType', text: 'УВЕДОМЛЕНИЕ' },
      { kind: 'title', text: 'о досрочном отказе от выполнения работы по наставничеству', align: 'center' },
      bodyParagraph(
        `В соответствии со статьей 351.8 Трудового кодекса Российской Федерации уведомляю о досрочном отказе с ${formatDate(data.endDate)} от выполнения работы по наставничеству в отношении ${mentees}, порученной мне дополнительным соглашением к трудовому договору ${dateAndNumber(data.agreement)}.`,
      ),
      ...(data.reason ? [bodyParagraph(`Причина отказа: ${data.reason.replace(/[.\s]+$/, '')}.`)] : []),
      personalSignature(mentor.person, data.date),
      { kind: 'spacer' },
      { kind: 'paragraph', runs: ['Отметка о получении:'], keepWithNext: true },
      {
        kind: 'paragraph',
        runs: [`Уведомление получено ${data.receipt ? formatDate(data.receipt.date) : BLANK_DATE}, вх. № ${data.receipt?.incomingNumber ?? BLANK_NUMBER}`],
        keepWithNext: true,
      },
      data.receipt?.receivedBy
        ? { kind: 'paragraph', runs: [`Получил(а): ${data.receipt.receivedBy}`] }
        : { kind: 'signLine', left: '(должность, подпись принявшего)', right: '(расшифровка подписи)' },
    ],
  };
}
