// The roadmap of the student model (annex 2 to the introduction order), landscape: the seven
// stages of seed 002 as rows — №, этап, мероприятия, сроки, ответственный, результат.
import type { DocumentModel } from '@/lib/documents/model';
import { annexCaption } from '@/templates/_parts';
import { STUDENT_ROADMAP_HEAD, studentRoadmapTitle } from '@/templates/student-regulation/wording';
import type { StudentRoadmap } from './schema';

export const TITLE = STUDENT_ROADMAP_HEAD;

export function build(data: StudentRoadmap): DocumentModel {
  const title = `${studentRoadmapTitle(data.org)}${data.period ? ` ${data.period}` : ''}`;
  return {
    title,
    leftMarginMm: 30,
    orientation: 'landscape',
    blocks: [
      annexCaption({ annexNo: data.annexNo, docKind: `приказу ${data.org.shortName}`, date: data.approvedBy.date, number: data.approvedBy.number }),
      { kind: 'title', text: title, align: 'center' },
      {
        kind: 'table',
        columns: [
          { header: '№', width: 0.8, align: 'center' },
          { header: 'Этап', width: 3.2 },
          { header: 'Мероприятия', width: 5.6 },
          { header: 'Сроки', width: 2.4, align: 'center' },
          { header: 'Ответственный', width: 3 },
          { header: 'Результат', width: 3.6 },
        ],
        rows: data.stages.map((s, i) => ({ cells: [`${i + 1}.`, s.name, s.activities, s.term, s.responsible, s.result] })),
      },
    ],
  };
}
