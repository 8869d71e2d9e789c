// The order on the results of mentoring (series «-од»): approves the results per pair
// (annex) and, where mentors are put forward for encouragement, leaves it to the personnel
// order «О поощрении наставников»; with an acknowledgement sheet.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { regulationCited } from '@/templates/_school/wording';
import type { ResultsOrder } from './schema';

const OUTCOME = {
  completed: 'программа выполнена',
  partial: 'программа выполнена частично',
  terminated: 'наставничество прекращено досрочно',
} as const;

export const TITLE = 'Об итогах реализации программ наставничества педагогических работников';

/** The title with the period as it reads after «работников»: 'в 2025/2026 учебном году'. */
export function resultsOrderTitle(period: string | null | undefined): string {
  return `${TITLE}${period ? ` ${period}` : ''}`;
}

export function build(data: ResultsOrder): DocumentModel {
  const { org } = data;
  const period = data.period ? ` ${data.period}` : '';
  const title = resultsOrderTitle(data.period);
  const points: NumberedItem[] = [
    { text: `Утвердить итоги реализации персонализированных программ наставничества${period} (приложение).` },
    ...(data.rewardsFollow ? [{ text: 'Поощрение наставников, показавших высокие результаты наставнической деятельности, оформить приказом по личному составу.' }] : []),
    ...(data.curator
      ? [
          {
            text: `Куратору реализации программ наставничества ${initialsBefore(data.curator.person, 'dative')} обобщить опыт лучших наставнических пар (групп) и разместить материалы в разделе «Наставничество» на официальном сайте ${org.shortName} при наличии согласия их участников на распространение персональных данных.`,
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return schoolOrder({
    title,
    org,
    date: data.date,
    number: data.number,
    legalBases: [...data.legalBases, { title: regulationCited(org, data.regulation) }],
    reasons: ['по итогам мониторинга реализации персонализированных программ наставничества'],
    points,
    acknowledgement: data.acknowledgement,
    annex: {
      title: `Итоги реализации персонализированных программ наставничества${period}`,
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: '№ п/п', width: 1.1, align: 'center' },
            { header: 'Ф.И.О. наставника', width: 3 },
            { header: 'Ф.И.О. наставляемого', width: 3.4 },
            { header: 'Срок реализации ППН', width: 2.6, align: 'center' },
            { header: 'Итог', width: 2.8 },
            { header: 'Результаты', width: 5 },
          ],
          rows: data.results.map((r, i) => ({
            cells: [
              `${i + 1}.`,
              declineFullName(r.mentor.person, 'nominative'),
              r.mentees.map((m) => declineFullName(m.person, 'nominative')).join('\n'),
              `${formatDate(r.start)} –\n${formatDate(r.end)}`,
              OUTCOME[r.outcome],
              r.summary,
            ],
          })),
        },
      ],
    },
  });
}
