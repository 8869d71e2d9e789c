// The school roadmap (annex 2 to the introduction order), landscape: №, наименование
// этапа, содержание деятельности и примерный план мероприятий, сроки, ответственный,
// ожидаемый результат.
import type { DocumentModel } from '@/lib/documents/model';
import { annexCaption } from '@/templates/_parts';
import { REGULATION_SUBJECT, regulationSubject } from '@/templates/_school/wording';
import type { SchoolRoadmap } from './schema';

const HEAD = 'Дорожная карта (план мероприятий)';
const subtitleOf = (subject: string) => `по реализации Положения ${subject}`;

/** The roadmap of any school; the document adds «в», the school's name and the period. */
export const TITLE = `${HEAD} ${subtitleOf(REGULATION_SUBJECT)}`;

export function build(data: SchoolRoadmap): DocumentModel {
  const period = data.period ? ` ${data.period}` : '';
  const subtitle = `${subtitleOf(regulationSubject(data.org))}${period}`;
  return {
    title: `${HEAD} ${subtitle}`,
    leftMarginMm: 30,
    orientation: 'landscape',
    blocks: [
      annexCaption({ annexNo: data.annexNo, docKind: `приказу ${data.org.shortName}`, date: data.approvedBy.date, number: data.approvedBy.number }),
      { kind: 'title', text: HEAD, align: 'center' },
      { kind: 'title', text: subtitle, align: 'center' },
      {
        kind: 'table',
        columns: [
          { header: '№', width: 0.8, align: 'center' },
          { header: 'Наименование этапа', width: 3.2 },
          { header: 'Содержание деятельности и примерный план мероприятий', width: 5.6 },
          { header: 'Сроки', width: 2.4, align: 'center' },
          { header: 'Ответственный', width: 3 },
          { header: 'Ожидаемый результат', width: 3.6 },
        ],
        rows: data.stages.map((s, i) => ({ cells: [`${i + 1}.`, s.name, s.activities, s.term, s.responsible, s.result] })),
      },
    ],
  };
}
