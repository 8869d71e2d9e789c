// The analytical note on the monitoring of the mentoring system (indicators worded as in
// the regional plan): key indicators with the share achieved, per-school counts
// with the coverage of young teachers and totals, conclusions and recommendations.
// Every percentage is computed here from the counts and values in the data.
import { formatDate } from '@/lib/core/russian';
import type { Block, DocumentModel, TableRow } from '@/lib/documents/model';
import { signature } from '@/templates/_parts';
import type { AnalyticalNote, SchoolRow } from './schema';

export const TITLE = 'Аналитическая справка по итогам мониторинга';

const DASH = '—';

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, useGrouping: false });

/** 35.714 → '35,7'; a share of nothing is a dash. */
function percent(part: number, whole: number): string {
  return whole > 0 ? numberFormat.format((part / whole) * 100) : DASH;
}

const sentence = (s: string) => `${s.replace(/[.;,\s]+$/, '')}.`;

function totals(schools: SchoolRow[]) {
  const sum = (key: 'mentors' | 'mentees' | 'pairs' | 'youngTeachers' | 'youngCovered') => schools.reduce((n, s) => n + s[key], 0);
  return { mentors: sum('mentors'), mentees: sum('mentees'), pairs: sum('pairs'), youngTeachers: sum('youngTeachers'), youngCovered: sum('youngCovered') };
}

function indicatorTable(data: AnalyticalNote): Block {
  return {
    kind: 'table',
    columns: [
      { header: '№ п/п', width: 1.1, align: 'center' },
      { header: 'Показатель', width: 10 },
      { header: 'Ед. изм.', width: 1.5, align: 'center' },
      { header: 'План', width: 1.7, align: 'center' },
      { header: 'Факт', width: 1.7, align: 'center' },
      { header: 'Выполнение, %', width: 2.6, align: 'center' },
    ],
    rows: data.indicators.map((ind, i) => ({
      cells: [
        `${i + 1}.`,
        ind.name,
        ind.unit,
        numberFormat.format(ind.plan),
        ind.fact === null ? DASH : numberFormat.format(ind.fact),
        ind.fact === null ? DASH : percent(ind.fact, ind.plan),
      ],
    })),
  };
}

/** '4 из 6 (66,7 %)'; a school without young teachers has nothing to cover. */
function coverage(covered: number, young: number): string {
  return young > 0 ? `${covered} из ${young} (${percent(covered, young)} %)` : DASH;
}

function schoolTable(schools: SchoolRow[]): Block {
  const total = totals(schools);
  const cells = (s: Omit<SchoolRow, 'name'>) => [String(s.mentors), String(s.mentees), String(s.pairs), coverage(s.youngCovered, s.youngTeachers)];
  const rows: TableRow[] = [
    ...schools.map((s, i) => ({ cells: [`${i + 1}.`, s.name, ...cells(s)] })),
    { cells: ['', 'Итого', ...cells(total)] },
  ];
  return {
    kind: 'table',
    columns: [
      { header: '№ п/п', width: 1.2, align: 'center' },
      { header: 'Образовательная организация', width: 9 },
      { header: 'Наставники', width: 3.4, align: 'center' },
      { header: 'Наставляемые', width: 3.4, align: 'center' },
      { header: 'Пары (группы)', width: 3.4, align: 'center' },
      { header: 'Охват молодых педагогов*', width: 4.6, align: 'center' },
    ],
    rows,
  };
}

export function build(data: AnalyticalNote): DocumentModel {
  const title = `${TITLE} реализации системы наставничества педагогических работников в образовательных организациях ${data.territory}`;
  const total = totals(data.schools);
  const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [text], indent: true });
  const numbered = (items: string[]): Block => ({ kind: 'numbered', items: items.map((text) => ({ text: sentence(text) })) });
  return {
    title,
    // The tables' headers do not fit a portrait page at 12 pt.
    orientation: 'landscape',
    blocks: [
      { kind: 'orgHeader', lines: [data.author] },
      { kind: 'title', text: title },
      paragraph(`Отчетный период: с ${formatDate(data.periodFrom)} по ${formatDate(data.periodTo)}. Дата проведения мониторинга: ${formatDate(data.monitoringDate)}.`),
      paragraph(`Цель мониторинга: ${sentence(data.purpose)}`),
      paragraph(
        `Мониторингом охвачено образовательных организаций: ${data.schools.length}. В них наставников: ${total.mentors}, наставляемых: ${total.mentees}, ` +
          `наставнических пар (групп): ${total.pairs}.` +
          (total.youngTeachers > 0 ? ` Наставничеством охвачено молодых педагогов: ${coverage(total.youngCovered, total.youngTeachers)}.` : ''),
      ),
      { kind: 'heading', text: '1. Ключевые показатели' },
      indicatorTable(data),
      { kind: 'heading', text: '2. Показатели образовательных организаций' },
      schoolTable(data.schools),
      { kind: 'paragraph', runs: ['* Педагогические работники в возрасте до 35 лет со стажем работы менее 3 лет.'], align: 'left' },
      { kind: 'heading', text: '3. Выводы' },
      numbered(data.conclusions),
      ...(data.recommendations.length ? [{ kind: 'heading', text: '4. Рекомендации' } as const, numbered(data.recommendations)] : []),
      { kind: 'spacer' },
      signature(data.signer),
      { kind: 'paragraph', runs: [formatDate(data.date)], align: 'left' },
    ],
  };
}
