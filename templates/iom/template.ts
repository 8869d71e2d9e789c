// The ИОМ of a teacher: a 4–5 year route or a school-year card with
// the deficits, the goal and a table of activities grouped by direction, each with its
// date, planned result and the note of what was done.
import { declineFullName } from '@/lib/core/russian';
import type { Block, DocumentModel, TableRow } from '@/lib/documents/model';
import { signedBy } from '@/templates/_school/forms';
import { termText } from '@/templates/_school/term';
import { enumerationItems } from '@/templates/_school/wording';
import type { IndividualRoute } from './schema';

export const TITLES = {
  route: 'Индивидуальный образовательный маршрут педагогического работника',
  card: 'Карта индивидуального образовательного маршрута педагогического работника',
} as const;

function labelled(label: string, value: string): Block {
  return { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, value], align: 'left' };
}

function planRows(data: IndividualRoute): TableRow[] {
  return data.directions.flatMap((d, i) => [
    { section: `${i + 1}. ${d.title}` },
    ...d.activities.map((a, j) => ({ cells: [`${i + 1}.${j + 1}.`, a.title, a.due, a.result, a.done ?? ''] })),
  ]);
}

export function build(data: IndividualRoute): DocumentModel {
  const { teacher, mentor, curator } = data;
  return {
    title: `${TITLES[data.format]} (${declineFullName(teacher.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'title', text: TITLES[data.format], align: 'center' },
      { kind: 'title', text: `${data.org.shortName}, ${termText(data.start, data.end)}`, align: 'center' },
      labelled('Ф.И.О.', declineFullName(teacher.person, 'nominative')),
      labelled('Должность', teacher.position),
      ...(mentor ? [labelled('Наставник', `${declineFullName(mentor.person, 'nominative')}, ${mentor.position}`)] : []),
      ...(data.theme ? [labelled('Тема самообразования', data.theme)] : []),
      { kind: 'paragraph', runs: [{ text: 'Профессиональные дефициты (затруднения):', bold: true }], keepWithNext: true },
      { kind: 'numbered', items: enumerationItems(data.deficits) },
      labelled('Цель', data.goal),
      { kind: 'heading', text: 'Содержание маршрута' },
      {
        kind: 'table',
        columns: [
          { header: '№', width: 1, align: 'center' },
          { header: 'Мероприятия', width: 5.2 },
          { header: 'Сроки', width: 2.4, align: 'center' },
          { header: 'Планируемый результат', width: 3.8 },
          { header: 'Что сделано (отметка о выполнении)', width: 3.8 },
        ],
        rows: planRows(data),
      },
      { kind: 'spacer' },
      signedBy(['Педагог'], teacher.person),
      ...(mentor ? [signedBy(['Наставник'], mentor.person)] : []),
      ...(curator ? [signedBy(['Куратор'], curator.person)] : []),
    ],
  };
}
