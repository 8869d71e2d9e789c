// The employer's notice of early cancellation of the mentoring work, addressed to the mentor
// and signed by the head, with the block the mentor fills in on receipt («Уведомление
// получил(а): дата, подпись»): the three working days run from that date (ст. 351.8 ТК РФ).
import { declineFullName, formatDate, initialsAfter } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { BLANK_DATE, BLANK_NUMBER } from '@/templates/_parts';
import { bodyParagraph, gendered, signedBy } from '@/templates/_school/forms';
import { joinWithAnd } from '@/templates/_school/pairs';
import { positionIn } from '@/templates/_school/staff';
import { dateAndNumber } from '@/templates/_school/wording';
import type { CancellationNotice } from './schema';

export const TITLE = 'Уведомление о досрочной отмене поручения о выполнении работы по наставничеству';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function build(data: CancellationNotice): DocumentModel {
  const { org, mentor } = data;
  const mentees = joinWithAnd(data.mentees.map((m) => `${positionIn(m, 'genitive')} ${declineFullName(m.person, 'genitive')}`));
  const grounds = data.grounds.trim().replace(/[.\s]+$/, '');
  const received = gendered(mentor.person, { male: 'получил', female: 'получила' });
  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'orgHeader', lines: [org.fullName] },
      { kind: 'dateNumber', date: data.date ? formatDate(data.date) : BLANK_DATE, number: `№ ${data.number ?? BLANK_NUMBER}` },
      { kind: 'stamps', stamps: [[capitalize(positionIn(mentor, 'dative')), initialsAfter(mentor.person, 'dative')]] },
      { kind: 'docType', text: 'УВЕДОМЛЕНИЕ' },
      { kind: 'title', text: 'о досрочной отмене поручения о выполнении работы по наставничеству', align: 'center' },
      bodyParagraph(
        `В соответствии со статьей 351.8 Трудового кодекса Российской Федерации уведомляем Вас о досрочной отмене с ${formatDate(data.endDate)} поручения о выполнении работы по наставничеству в отношении ${mentees}, предусмотренной дополнительным соглашением к трудовому договору ${dateAndNumber(data.agreement)}, в связи с ${grounds}.`,
      ),
      bodyParagraph(
        `Отмена поручения вступает в силу не ранее чем через три рабочих дня со дня получения Вами настоящего уведомления.${data.paid ? ' Выплата за наставничество прекращается с той же даты.' : ''}`,
      ),
      { kind: 'spacer' },
      signedBy([`${org.headPosition} ${org.shortName}`], org.head),
      { kind: 'spacer' },
      { kind: 'paragraph', runs: [`Уведомление ${received}:`], keepWithNext: true },
      { kind: 'signLine', left: '«__» ________ 20__ г. (дата получения)', right: `(подпись) ${initialsAfter(mentor.person)}` },
    ],
  };
}
