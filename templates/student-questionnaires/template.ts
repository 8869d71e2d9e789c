// The printable blanks of the student model's questionnaires: each on its own page, with
// lines for the respondent's name, the pair and the date, the scored questions with the
// scale 1–10 to circle, and open questions with lines to write on.
import type { Block, DocumentModel } from '@/lib/documents/model';
import type { StudentQuestionnaires } from './schema';

export const TITLE = 'Анкета наставника, наставляемого, куратора и анкета личностного роста (мониторинг наставничества обучающихся)';

const SCALE = '1   2   3   4   5   6   7   8   9   10';
const BLANK_LINE = '_'.repeat(78);

function blank(q: StudentQuestionnaires['questionnaires'][number], school: string): Block[] {
  const scored: Block[] = q.scores.length
    ? [
        {
          kind: 'paragraph',
          runs: ['Оцените каждое утверждение по шкале от 1 до 10, где 1 — минимальная оценка, 10 — максимальная (обведите одну цифру).'],
          indent: true,
        },
        {
          kind: 'table',
          columns: [
            { header: '№', width: 1, align: 'center' },
            { header: 'Вопрос', width: 9 },
            { header: 'Оценка', width: 6, align: 'center' },
          ],
          rows: q.scores.map((s, i) => ({ cells: [`${i + 1}.`, s, SCALE] })),
        },
      ]
    : [];
  const note: Block[] = q.note ? [{ kind: 'paragraph', runs: [q.note], align: 'center' }] : [];
  return [
    { kind: 'orgHeader', lines: [school] },
    { kind: 'title', text: q.title },
    ...note,
    { kind: 'paragraph', runs: [`Ф.И.О. (${q.respondent}): ${'_'.repeat(40)}`], align: 'left' },
    { kind: 'paragraph', runs: [`Наставническая пара (группа), форма наставничества: ${'_'.repeat(25)}`], align: 'left' },
    { kind: 'paragraph', runs: ['Дата заполнения: «__» ________ 20__ г.'], align: 'left' },
    ...scored,
    ...q.open.flatMap((s, i): Block[] => [
      { kind: 'paragraph', runs: [`${q.scores.length + i + 1}. ${s}`], align: 'left', keepWithNext: true },
      { kind: 'paragraph', runs: [BLANK_LINE], align: 'left' },
      { kind: 'paragraph', runs: [BLANK_LINE], align: 'left' },
    ]),
    { kind: 'spacer' },
    { kind: 'signLine', left: '(подпись)', right: '(расшифровка подписи)' },
  ];
}

export function build(data: StudentQuestionnaires): DocumentModel {
  const blocks: Block[] = [];
  data.questionnaires.forEach((q, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...blank(q, data.school));
  });
  return { title: TITLE, blocks };
}
