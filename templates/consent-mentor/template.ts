// A mentor's written consent to the additional work of mentoring (ст. 351.8 ТК РФ): the
// work is assigned only with it, alongside the work of the employment contract and for
// extra pay, and the mentor may give it up early on 3 working days' written notice.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { formAndTerm, readRegulation } from '@/templates/_school/consent';
import { addressee, bodyParagraph, personalSignature } from '@/templates/_school/forms';
import { joinWithAnd } from '@/templates/_school/pairs';
import { positionIn } from '@/templates/_school/staff';
import type { ConsentMentor } from './schema';

export const TITLE = 'Согласие на выполнение работы по наставничеству';

export function build(data: ConsentMentor): DocumentModel {
  const { mentor } = data;
  const whom = data.mentees.length
    ? ` в отношении ${joinWithAnd(data.mentees.map((m) => `${positionIn(m, 'genitive')} ${declineFullName(m.person, 'genitive')}`))}`
    : '';
  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      addressee(data.org, mentor),
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на выполнение работы по наставничеству', align: 'center' },
      bodyParagraph(
        `Я, ${declineFullName(mentor.person, 'nominative')}, ${mentor.position}, в соответствии со статьей 351.8 Трудового кодекса Российской Федерации даю согласие на выполнение по поручению работодателя работы по наставничеству${whom} наряду с работой, определенной трудовым договором, в течение установленной продолжительности рабочего дня за дополнительную оплату${formAndTerm(data.form, data.term)}.`,
      ),
      bodyParagraph(
        'Мне известно, что содержание, сроки и форма выполнения работы по наставничеству, размер и условия ее оплаты указываются в дополнительном соглашении к трудовому договору и что я вправе досрочно отказаться от выполнения работы по наставничеству, предупредив работодателя в письменной форме не позднее чем за три рабочих дня.',
      ),
      bodyParagraph(readRegulation(data.org, data.regulation, mentor.person)),
      personalSignature(mentor.person, data.date),
    ],
  };
}
