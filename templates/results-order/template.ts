// The order on the results of mentoring and the encouragement of the best mentors:
// approves the results per pair (annex), «объявить благодарность [дат.]», «наградить
// почетной грамотой [вин.]», «выплатить премию [дат.]», with an acknowledgement sheet.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { positionIn } from '@/templates/_school/staff';
import { regulationCited } from '@/templates/_school/wording';
import type { Encouragement, ResultsOrder } from './schema';

const OUTCOME = {
  completed: 'программа выполнена',
  partial: 'программа выполнена частично',
  terminated: 'наставничество прекращено досрочно',
} as const;

function encouragementPoint(e: Encouragement, org: { shortName: string }): NumberedItem {
  const merit = `за ${e.merit.replace(/^за\s+/i, '').replace(/[.\s]+$/, '')}`;
  const dative = `${declineFullName(e.recipient.person, 'dative')}, ${positionIn(e.recipient, 'dative')},`;
  switch (e.kind) {
    case 'gratitude':
      return { text: `Объявить благодарность ${dative} ${merit}.` };
    case 'certificate':
      return {
        text: `Наградить почетной грамотой ${org.shortName} ${declineFullName(e.recipient.person, 'accusative')}, ${positionIn(e.recipient, 'accusative')}, ${merit}.`,
      };
    case 'premium':
      return { text: `Выплатить премию ${dative} в размере ${e.size} ${merit}.` };
  }
}

export const TITLE = 'Об итогах реализации программ наставничества педагогических работников';

/** The title with the period as it reads after «работников»: 'в 2025/2026 учебном году'. */
export function resultsOrderTitle(period: string | null | undefined): string {
  return `${TITLE}${period ? ` ${period}` : ''} и поощрении наставников`;
}

export function build(data: ResultsOrder): DocumentModel {
  const { org } = data;
  const period = data.period ? ` ${data.period}` : '';
  const title = resultsOrderTitle(data.period);
  const points: NumberedItem[] = [
    { text: `Утвердить итоги реализации персонализированных программ наставничества${period} (приложение).` },
    ...data.encouragements.map((e) => encouragementPoint(e, org)),
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
