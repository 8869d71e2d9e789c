// A mentee's written consent to take part in a mentoring program: participation is
// voluntary (the principle of the Положение), with the mentee's duties and the right to
// ask for another mentor.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { formAndTerm, readRegulation } from '@/templates/_school/consent';
import { addressee, bodyParagraph, personalSignature } from '@/templates/_school/forms';
import { positionIn } from '@/templates/_school/staff';
import type { ConsentMentee } from './schema';

export const TITLE = 'Согласие на участие в программе наставничества';

export function build(data: ConsentMentee): DocumentModel {
  const { mentee, mentor } = data;
  const guidedBy = mentor ? ` под руководством наставника — ${positionIn(mentor, 'genitive')} ${declineFullName(mentor.person, 'genitive')}` : '';
  return {
    title: `${TITLE} (${declineFullName(mentee.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      addressee(data.org, mentee),
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на участие в программе наставничества', align: 'center' },
      bodyParagraph(
        `Я, ${declineFullName(mentee.person, 'nominative')}, ${mentee.position}, даю согласие на участие в программе наставничества педагогических работников ${data.org.shortName} в качестве наставляемого${guidedBy}${formAndTerm(data.form, data.term)}.`,
      ),
      bodyParagraph(
        'Обязуюсь совместно с наставником разработать персонализированную программу наставничества, выполнять ее мероприятия в установленные сроки и рекомендации наставника.',
      ),
      bodyParagraph(
        'Мне известно, что участие в наставничестве добровольно и что я вправе обратиться к куратору реализации программ наставничества с мотивированным ходатайством о замене наставника.',
      ),
      bodyParagraph(readRegulation(data.org, data.regulation, mentee.person)),
      personalSignature(mentee.person, data.date),
    ],
  };
}
