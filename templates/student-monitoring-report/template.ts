// The report on the monitoring of the student model's program at a school (Р-145): stage 1 by
// question with the strengths and weaknesses table, stage 2 as the change before/after per form.
import { formatDate } from '@/lib/core/russian';
import type { Block, DocumentModel } from '@/lib/documents/model';
import { signature } from '@/templates/_parts';
import type { StudentMonitoringReport } from './schema';

export const TITLE = 'Отчёт о мониторинге программы наставничества обучающихся';

const DASH = '—';
const one = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
const fmt = (v: number | null) => (v === null ? DASH : one.format(v));
const change = (b: number | null, a: number | null) => (b === null || a === null ? DASH : a - b > 0 ? `+${one.format(a - b)}` : one.format(a - b));

export function build(data: StudentMonitoringReport): DocumentModel {
  const paragraph = (t: string): Block => ({ kind: 'paragraph', runs: [t], indent: true });
  const swot: Block = {
    kind: 'table',
    columns: [
      { header: 'Сильные стороны', width: 8 },
      { header: 'Слабые стороны', width: 8 },
    ],
    rows: Array.from({ length: Math.max(data.strengths.length, data.weaknesses.length, 1) }, (_, i) => {
      const cell = (r: StudentMonitoringReport['strengths'][number] | undefined) => (r ? `${r.text} (${r.respondent}: ${fmt(r.mean)})` : i === 0 ? 'не выявлено' : '');
      return { cells: [cell(data.strengths[i]), cell(data.weaknesses[i])] };
    }),
  };
  const r = data.respondents;
  const remarks: Block[] = data.remarks.length
    ? [
        { kind: 'heading', text: 'Замечания и предложения участников' },
        { kind: 'numbered', items: data.remarks.map((t) => ({ text: t })) },
      ]
    : [];
  return {
    title: TITLE,
    blocks: [
      { kind: 'orgHeader', lines: [data.author] },
      { kind: 'title', text: TITLE },
      paragraph(`Период: с ${formatDate(data.periodFrom)} по ${formatDate(data.periodTo)}.`),
      paragraph(`Анкетирование: наставников — ${r.mentors}, наставляемых — ${r.mentees}, кураторов — ${r.curators}. Оценки выставлялись по шкале от 1 до 10.`),
      { kind: 'heading', text: '1. Оценка качества программы наставничества (этап 1)' },
      data.questions.length
        ? {
            kind: 'table',
            columns: [
              { header: 'Респондент', width: 2.6 },
              { header: 'Вопрос', width: 7 },
              { header: 'Ответов', width: 1.6, align: 'center' },
              { header: 'Средняя оценка', width: 2, align: 'center' },
              { header: 'Распределение оценок', width: 3.4 },
            ],
            rows: data.questions.map((q) => ({ cells: [q.respondent, q.text, String(q.count), fmt(q.mean), q.distribution] })),
          }
        : paragraph('Анкеты этапа 1 не заполнены.'),
      paragraph(
        `Сильной стороной считается вопрос со средней оценкой не ниже ${one.format(data.thresholds.strength)}, слабой — ниже ${one.format(data.thresholds.weakness)}.`,
      ),
      swot,
      ...remarks,
      { kind: 'heading', text: '2. Личностный рост участников (этап 2)' },
      data.growth.length
        ? {
            kind: 'table',
            columns: [
              { header: 'Форма наставничества', width: 3.2 },
              { header: 'Показатель', width: 6 },
              { header: 'Участников', width: 1.8, align: 'center' },
              { header: 'До', width: 1.4, align: 'center' },
              { header: 'После', width: 1.4, align: 'center' },
              { header: 'Изменение', width: 2, align: 'center' },
            ],
            rows: data.growth.map((g) => ({ cells: [g.form, g.question, String(g.matched), fmt(g.before), fmt(g.after), change(g.before, g.after)] })),
          }
        : paragraph('Анкеты до начала и по завершении программы заполнены не всеми участниками: изменение не рассчитано.'),
      { kind: 'spacer' },
      signature(data.signer),
      { kind: 'paragraph', runs: [formatDate(data.date)], align: 'left' },
    ],
  };
}
