// Consent to take part in the program of mentoring of students: voluntary, for a role, a form
// and a term, withdrawable in writing, and saying what a withdrawal does (the participation
// ends by the head's order).
import { declineFullName, formatDate } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { bodyParagraph } from '@/templates/_school/forms';
import { ROLE, signatures, signerOpening, whose } from '@/templates/student-consent-personal-data/parts';
import type { StudentConsentParticipation } from './schema';

export const TITLE = 'Согласие на участие в программе наставничества обучающихся';

export function build(data: StudentConsentParticipation): DocumentModel {
  const form = data.form ? `, форма наставничества «${data.form}»` : '';
  const term = data.start && data.end ? `, на период с ${formatDate(data.start)} по ${formatDate(data.end)}` : '';
  return {
    title: `${TITLE} (${declineFullName(data.subject.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на участие в программе наставничества обучающихся', align: 'center' },
      bodyParagraph(
        `${signerOpening(data)} даю согласие на ${whose(data, 'участие моего ребенка', 'мое участие')} в программе наставничества обучающихся ${data.org.fullName} (${data.org.shortName}) в качестве ${ROLE[data.role]}${form}${term}.`,
      ),
      bodyParagraph(
        'Мне разъяснено, что участие в программе наставничества добровольное; встречи наставнической пары (группы) проводятся в соответствии с программой наставничества, результаты обсуждаются с участниками.',
      ),
      bodyParagraph(
        'Согласие может быть отозвано в любое время письменным заявлением на имя руководителя организации. При отзыве согласия участие в программе наставничества прекращается приказом руководителя организации.',
      ),
      bodyParagraph('Согласие на обработку персональных данных оформляется отдельным документом.'),
      ...signatures(data),
    ],
  };
}
