// The order approving the методический актив (list of mentors) with the list in its annex:
// № п/п, Ф.И.О., должность, стаж / квалификационная категория, компетенции.
import { declineFullName, initialsBefore, plural, quote } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { regulationCited } from '@/templates/_school/wording';
import type { MentorListOrder } from './schema';

export const TITLE = 'Об утверждении методического актива (списка наставников)';

function experience(years: number): string {
  return `${years} ${plural(years, ['год', 'года', 'лет'])}`;
}

/** «высшая квалификационная категория», but «квалификационная категория «педагог-наставник»». */
function categoryText(category: string | null): string {
  if (!category) return 'без категории';
  if (/категори|соответств/i.test(category)) return category;
  return /^(высшая|первая)$/i.test(category) ? `${category} квалификационная категория` : `квалификационная категория ${quote(category)}`;
}

export function build(data: MentorListOrder): DocumentModel {
  const { org } = data;
  const period = data.period ? ` ${data.period}` : '';
  const points: NumberedItem[] = [
    { text: `Утвердить методический актив (список наставников) ${org.shortName}${period} (приложение).` },
    ...(data.curator
      ? [
          {
            text: `Куратору реализации программ наставничества ${initialsBefore(data.curator.person, 'dative')} сформировать банк наставников с перечнем их компетенций и организовать подбор наставнических пар (групп) с учетом запросов наставляемых.`,
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];

  return schoolOrder({
    title: TITLE,
    heading: `${TITLE}${period}`,
    org,
    date: data.date,
    number: data.number,
    legalBases: [...data.legalBases, { title: regulationCited(org, data.regulation) }],
    reasons: ['в целях организации наставничества педагогических работников'],
    points,
    acknowledgement: data.acknowledgement,
    annex: {
      title: `Методический актив (список наставников) ${org.shortName}${period}`,
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: '№ п/п', width: 1.1, align: 'center' },
            { header: 'Ф.И.О.', width: 3.4 },
            { header: 'Должность', width: 3 },
            { header: 'Педагогический стаж / квалификационная категория', width: 3.2 },
            { header: 'Компетенции', width: 5 },
          ],
          rows: data.mentors.map((m, i) => ({
            cells: [`${i + 1}.`, declineFullName(m.person, 'nominative'), m.position, `${experience(m.experienceYears)} / ${categoryText(m.category)}`, m.competences],
          })),
        },
      ],
    },
  });
}
