// The municipal roadmap: the table № п/п | Наименование мероприятий | Срок
// реализации | Ответственный исполнитель | Результат, with a spanning row per section.
// Sections and activities are numbered here (1, 1.1 …), never typed. The district order
// that approves the roadmap reuses `roadmapBlocks` for its annex 1.
import type { Block, DocumentModel, TableRow } from '@/lib/documents/model';
import { annexCaption, approvalStamp } from '@/templates/_parts';
import type { MunicipalRoadmap, Roadmap, RoadmapAnnex, RoadmapApproval } from './schema';

/** The roadmap as the seed names it; the office adds its territory and year. */
export const TITLE = 'План мероприятий (дорожная карта) внедрения муниципальной целевой модели наставничества педагогических работников образовательных организаций';

export function roadmapTable(sections: Roadmap['sections']): Block {
  const rows: TableRow[] = sections.flatMap((section, s) => [
    { section: `${s + 1}. ${section.title}` },
    ...section.activities.map((a, i) => ({ cells: [`${s + 1}.${i + 1}.`, a.name, a.term, a.responsible, a.result] })),
  ]);
  return {
    kind: 'table',
    columns: [
      // Wide enough for '10.10.' on one line.
      { header: '№ п/п', width: 1.35, align: 'center' },
      { header: 'Наименование мероприятий', width: 4.35 },
      { header: 'Срок реализации', width: 2.7 },
      { header: 'Ответственный исполнитель', width: 3.1 },
      { header: 'Результат, вид документа', width: 2.9 },
    ],
    rows,
  };
}

/** Caption and stamp in the corner (when given), the title and the table. */
export function roadmapBlocks(roadmap: Roadmap, corner: { annex?: RoadmapAnnex | null; approval?: RoadmapApproval | null }): Block[] {
  const { annex, approval } = corner;
  const caption: Block[] = annex ? [annexCaption({ annexNo: annex.annexNo, date: annex.date, number: annex.number })] : [];
  const stamp: Block[] = approval ? [{ kind: 'stamps', stamps: [approvalStamp({ byWhat: approval.byWhat, date: approval.date, number: approval.number })] }] : [];
  return [...caption, ...stamp, { kind: 'title', text: roadmap.title }, roadmapTable(roadmap.sections)];
}

export function build(data: MunicipalRoadmap): DocumentModel {
  return { title: data.title, leftMarginMm: 30, blocks: roadmapBlocks(data, data) };
}
