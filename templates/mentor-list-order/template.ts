// The order approving the методический актив (list of mentors) with the list in its annex:
// № п/п, Ф.И.О., должность, стаж / квалификационная категория, компетенции.
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { declineFullName, initialsBefore, plural, quote } from '@/lib/russian';
import { acknowledgementSheet, annexCaption, directive, orderHead, preamble, signature } from '@/templates/_parts';
import { acknowledgementRows } from '@/templates/_school/staff';
import { preambleText, regulationCited } from '@/templates/_school/wording';
import type { MentorListOrder } from './schema';

const TITLE = 'Об утверждении методического актива (списка наставников)';

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

  return {
    title: TITLE,
    leftMarginMm: 30,
    blocks: [
      ...orderHead({ org, date: data.date, number: data.number, title: `${TITLE}${period}` }),
      preamble(
        preambleText([...data.legalBases, { title: regulationCited(org, data.regulation) }], [
          'в целях организации наставничества педагогических работников',
        ]),
      ),
      directive(),
      { kind: 'numbered', items: points },
      { kind: 'spacer' },
      signature({ position: [org.headPosition], person: org.head }),
      ...(data.acknowledgement.length
        ? [{ kind: 'spacer' } as const, ...acknowledgementSheet({ rows: acknowledgementRows(data.acknowledgement), unitHeader: 'Должность' })]
        : []),
      { kind: 'pageBreak' },
      annexCaption({ annexNo: null, date: data.date, number: data.number }),
      { kind: 'title', text: `Методический актив (список наставников) ${org.shortName}${period}`, align: 'center' },
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
  };
}
