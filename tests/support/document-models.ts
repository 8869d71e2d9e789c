// Document models used by the renderer tests and the benchmark: one that exercises every
// block kind, a long table, the real pair order at scale, and hostile strings.
import type { Block, DocumentModel, TableRow } from '@/lib/documents/model';
import pairOrderExample from '@/templates/pair-order/example.json';
import { getTemplate } from '@/templates/registry';

export function everyBlockModel(): DocumentModel {
  return {
    title: 'Приказ о закреплении наставнических пар',
    blocks: [
      { kind: 'stamps', stamps: [['УТВЕРЖДЕНО', 'приказом МБОУ «СОШ № 1»', 'от 01.09.2022 № 181-од']] },
      { kind: 'orgHeader', lines: ['МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 1»', '(МБОУ «СОШ № 1»)'] },
      { kind: 'docType', text: 'ПРИКАЗ' },
      { kind: 'dateNumber', date: '08.11.2024', number: '№ 181-од' },
      { kind: 'place', text: 'г. Бийск' },
      { kind: 'title', text: 'О закреплении наставнических пар (групп)' },
      {
        kind: 'paragraph',
        indent: true,
        runs: ['В соответствии со ', { text: 'статьёй 351.8', bold: true }, ' Трудового кодекса Российской Федерации и ', { text: 'Положением', italic: true }, ' о системе наставничества,'],
      },
      { kind: 'directive', text: 'п р и к а з ы в а ю:' },
      {
        kind: 'numbered',
        items: [
          { text: 'Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной.' },
          { text: 'Установить наставникам доплату:', children: [{ text: 'Ивановой Марии Петровне — 10 %;' }, { text: 'Сидорову Петру Алексеевичу — 10 %.' }] },
          { text: [{ text: 'Контроль за исполнением приказа оставляю за собой.', underline: true }] },
        ],
      },
      { kind: 'heading', text: '1. Общие положения' },
      {
        kind: 'table',
        caption: 'Состав наставнических пар',
        columns: [
          { header: '№ п/п', width: 1, align: 'center' },
          { header: 'Ф.И.О. наставника', width: 4 },
          { header: 'Ф.И.О. наставляемого', width: 4 },
          { header: 'Срок', width: 2, align: 'center' },
        ],
        rows: [{ section: '1. Педагог – педагог' }, { cells: ['1.', 'Иванова Мария Петровна', 'Петров Иван Сергеевич', '01.09.2024 – 31.05.2025'] }],
      },
      { kind: 'annexCaption', lines: ['Приложение № 1', 'к приказу от 08.11.2024 № 181-од'] },
      { kind: 'signature', position: ['Директор', 'МБОУ «СОШ № 1»'], name: 'А.Г. Мелихова' },
      { kind: 'spacer', lines: 2 },
      { kind: 'signLine', left: '(подпись)', right: '(расшифровка подписи)' },
      { kind: 'signLine', left: '(дата)' },
      { kind: 'pageBreak' },
      { kind: 'stamps', stamps: [['ПРИНЯТО', 'решением педагогического совета', 'протокол от 30.08.2022 № 1'], ['СОГЛАСОВАНО', 'председатель ППО'], ['УТВЕРЖДЕНО', 'приказом от 01.09.2022 № 181-од']] },
      { kind: 'paragraph', runs: ['Вторая страница.'] },
    ],
  };
}

export function longTableRows(count: number): TableRow[] {
  return Array.from({ length: count }, (_, i) => ({
    cells: [`${i + 1}.`, `Наставникова-${i + 1} Мария Петровна, учитель математики`, `Учеников-${i + 1} Иван Сергеевич, учитель физики`, 'педагог – педагог', '01.09.2024 – 31.05.2025'],
  }));
}

export function longTableModel(count: number): DocumentModel {
  const table: Block = {
    kind: 'table',
    columns: [
      { header: '№ п/п', width: 1.2, align: 'center' },
      { header: 'Наставник', width: 5 },
      { header: 'Наставляемый', width: 5 },
      { header: 'Форма', width: 3 },
      { header: 'Срок', width: 3, align: 'center' },
    ],
    rows: longTableRows(count),
  };
  return { title: 'Длинная таблица', blocks: [{ kind: 'title', text: 'Список пар' }, table] };
}

const HOSTILE = [
  '<&>"\' </w:t></w:r><script>',
  'control\u0000\u0001\u0007\u000B\u000C\u001F chars\r\nand CR\rand tab\tend',
  'emoji 😀👩‍🏫🇷🇺 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀',
  'lone surrogate \uD800 and \uDC00 end',
  'Ё'.repeat(10_000),
  '',
];

export function hostileModel(): DocumentModel {
  const all = HOSTILE.join(' ');
  return {
    title: all,
    orientation: 'landscape',
    leftMarginMm: 20,
    blocks: [
      { kind: 'orgHeader', lines: HOSTILE },
      { kind: 'docType', text: HOSTILE[0] },
      { kind: 'dateNumber', date: HOSTILE[4], number: HOSTILE[2] },
      { kind: 'title', text: all },
      ...HOSTILE.map((text): Block => ({ kind: 'paragraph', runs: [text, { text, bold: true, italic: true }], indent: true })),
      { kind: 'numbered', items: HOSTILE.map((text) => ({ text, children: [{ text }] })) },
      {
        kind: 'table',
        columns: HOSTILE.map((header, i) => ({ header, width: i })),
        rows: [{ cells: HOSTILE }, { section: all }, { cells: [] }],
      },
      { kind: 'table', columns: [], rows: [{ cells: HOSTILE }] },
      { kind: 'stamps', stamps: [HOSTILE, [], HOSTILE] },
      { kind: 'annexCaption', lines: HOSTILE },
      { kind: 'signature', position: HOSTILE, name: HOSTILE[4] },
      { kind: 'signLine', left: HOSTILE[4], right: HOSTILE[2] },
      { kind: 'spacer', lines: 0 },
      { kind: 'heading', text: '' },
      { kind: 'paragraph', runs: [] },
      { kind: 'numbered', items: [] },
      { kind: 'stamps', stamps: [] },
    ],
  };
}

const LAST = ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова', 'Смирнова', 'Попова', 'Васильева', 'Новикова', 'Морозова', 'Волкова'];
const FIRST = ['Мария', 'Анна', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана'];
const MIDDLE = ['Петровна', 'Ивановна', 'Сергеевна', 'Алексеевна', 'Викторовна', 'Андреевна', 'Николаевна'];
const POSITIONS = ['учитель математики', 'учитель русского языка и литературы', 'учитель начальных классов', 'учитель физики', 'педагог-психолог'];
const FORMS = ['педагог – педагог', 'руководитель ОО – педагог', 'учитель – учитель'];

const person = (i: number) => ({ lastName: LAST[i % LAST.length]!, firstName: FIRST[(i * 3) % FIRST.length]!, middleName: MIDDLE[(i * 5) % MIDDLE.length]! });
const staff = (i: number) => ({ person: person(i), position: POSITIONS[i % POSITIONS.length]! });

/** The real pair-order template with 200 pairs (every fifth a group of two) and a 400-row acknowledgement list. */
export function pairOrderModel(pairs: number, acknowledgements: number): DocumentModel {
  const template = getTemplate('pair-order');
  const data = template.schema.parse({
    ...(pairOrderExample as object),
    pairs: Array.from({ length: pairs }, (_, i) => {
      const group = i % 5 === 4;
      return {
        kind: group ? 'group' : 'pair',
        mentor: staff(i),
        mentees: group ? [staff(i + 101), staff(i + 202)] : [staff(i + 101)],
        form: FORMS[i % FORMS.length],
        start: '2025-10-01',
        end: '2026-05-31',
        agreement: { date: '2025-09-25', number: String(i + 1) },
        paymentSize: '3000 рублей в месяц',
      };
    }),
    acknowledgement: Array.from({ length: acknowledgements }, (_, i) => ({ ...staff(i), date: i % 3 ? '2025-10-02' : null, signed: i % 4 === 0 ? 'electronic' : null })),
  });
  return template.build(data);
}


/** Forms and positions as schools write them in full: the long words of a pair-order annex's narrow columns. */
export const LONG_FORMS = ['руководитель образовательной организации – педагог', 'работодатель – молодой специалист', 'педагог – педагог'];
export const LONG_POSITIONS = [
  'заместитель директора по учебно-воспитательной работе',
  'учитель русского языка и литературы',
  'педагог-психолог',
  'советник директора по воспитанию и взаимодействию с детскими общественными объединениями',
];

/** The real pair order whose annex holds the long forms and positions. */
export function longValuesPairOrderModel(pairs = 12): DocumentModel {
  const template = getTemplate('pair-order');
  const member = (i: number) => ({ person: person(i), position: LONG_POSITIONS[i % LONG_POSITIONS.length]! });
  const data = template.schema.parse({
    ...(pairOrderExample as object),
    pairs: Array.from({ length: pairs }, (_, i) => ({
      kind: 'pair',
      mentor: member(i),
      mentees: [member(i + 1)],
      form: LONG_FORMS[i % LONG_FORMS.length],
      start: '2025-10-01',
      end: '2026-05-31',
      agreement: null,
      paymentSize: null,
    })),
  });
  return template.build(data);
}
