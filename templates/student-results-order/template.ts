// The order «Об итогах реализации программы наставничества обучающихся и поощрении лучших
// наставнических пар»: approves the results per pair (annex), names the best pairs and thanks
// their participants (the dative: «объявить благодарность Орлову Павлу Игоревичу …»).
import { formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { dateAndNumber } from '@/templates/_school/wording';
import { formText, menteeIn, mentorIn } from '@/templates/student-pair-order/parts';
import type { StudentPairResult, StudentResultsOrder } from './schema';

export const TITLE = 'Об итогах реализации программы наставничества обучающихся и поощрении лучших наставнических пар';

const fullName = (p: { lastName: string; firstName: string; middleName?: string | null }) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

function bestPoints(best: StudentPairResult[], period: string): NumberedItem[] {
  if (best.length === 0) return [];
  return [
    {
      text: `Признать лучшими наставническими парами (группами)${period}:`,
      children: best.map((p) => ({ text: `${mentorIn(p.mentor, 'nominative')} — ${joinWithAnd(p.mentees.map((m) => menteeIn(m, 'nominative')))}, форма наставничества ${formText(p)};` })),
    },
    { text: `Объявить благодарность за высокие результаты участия в программе наставничества: ${joinWithAnd(best.flatMap((p) => [mentorIn(p.mentor, 'dative'), ...p.mentees.map((m) => menteeIn(m, 'dative'))]))}.` },
  ];
}

export function build(data: StudentResultsOrder): DocumentModel {
  const period = data.period ? ` ${data.period}` : '';
  const best = data.results.filter((r) => r.best);
  const points: NumberedItem[] = [
    { text: `Утвердить итоги реализации программы наставничества обучающихся${period} (приложение).` },
    ...bestPoints(best, period),
    ...(data.curator
      ? [
          {
            text: `Куратору программы наставничества обучающихся ${initialsBefore(data.curator.person, 'dative')} обобщить опыт лучших наставнических пар (групп) и разместить материалы в разделе «Наставничество» на официальном сайте ${data.org.shortName} при наличии согласий участников (их законных представителей) на распространение персональных данных.`,
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return schoolOrder({
    title: TITLE,
    heading: `${TITLE}${period}`,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: [
      ...data.legalBases,
      ...(data.regulation ? [{ title: `Положением о наставничестве обучающихся в ${data.org.shortName}, утвержденным приказом ${dateAndNumber(data.regulation)}` }] : []),
    ],
    reasons: ['по итогам реализации программы наставничества обучающихся и мониторинга ее результатов'],
    points,
    acknowledgement: data.acknowledgement,
    annex: {
      title: `Итоги реализации программы наставничества обучающихся${period}`,
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: '№ п/п', width: 1, align: 'center' },
            { header: 'Наставник', width: 3.2 },
            { header: 'Наставляемые', width: 3.4 },
            { header: 'Форма наставничества', width: 2.6 },
            { header: 'Срок', width: 2.3, align: 'center' },
            { header: 'Результаты', width: 4.2 },
            { header: 'Лучшая пара', width: 1.6, align: 'center' },
          ],
          rows: data.results.map((r, i) => ({
            cells: [
              `${i + 1}.`,
              `${fullName(r.mentor.person)} (${r.mentor.description})`,
              r.mentees.map((m) => `${fullName(m.person)} (${m.className})`).join('\n'),
              r.form,
              `${formatDate(r.start)} –\n${formatDate(r.end)}`,
              r.summary,
              r.best ? 'да' : '',
            ],
          })),
        },
      ],
    },
  });
}
