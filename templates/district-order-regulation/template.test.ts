import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

// The Бийск order of 25.05.2022 № 701 as printed (whitespace aside), and the differences the
// template makes on purpose.
const SEED = {
  title:
    'Об утверждении положения о системе наставничества педагогических работников в муниципальных образовательных учреждениях, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ',
  preamble:
    'В соответствии с приказом Министерства образования и науки Алтайского края «Об утверждении положения о системе наставничества педагогических работников в образовательных организациях Алтайского края, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ и образовательных программ среднего профессионального образования» от 24.03.2022 № 404, в рамках реализации регионального проекта «Центр педагогического наставничества: территория развития кадрового потенциала Алтая», во исполнение пункта 33 распоряжения Правительства Российской Федерации от 31 декабря 2019 г. № 3273-p (ред. от 20 августа 2021 г.) «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»,',
  points: [
    '1. Утвердить  положение о системе наставничества педагогических работников в муниципальных образовательных учреждениях, осуществляющих образовательную деятельность по реализации основных и дополнительных общеобразовательных программ (Приложение).',
    '2. Назначить информационно-методический центр (Строкина С.В.) муниципальным координатором реализации системы  наставничества педагогических работников в муниципальных образовательных учреждениях. ',
    '3. Руководителям образовательных учреждений обеспечить внедрение системы наставничества до 31.12.2022 года.',
    '4. Контроль исполнения данного приказа возложить на заместителя начальника Управления образования Е.А. Максимову.',
  ],
  signature: 'И.о. начальника МКУ «Управление образования \n\nАдминистрации города Бийска»                  А.Г. Мелихова',
  executor: 'Строкина Светлана Викторовна',
  approval: 'СОГЛАСОВАНО\n\nЗаместитель начальника                              Е.А. Максимова',
  // «С приказом ознакомлены:», one line per row: № п/п, Ф.И.О., Учреждение (Дата and Подпись are empty).
  rows: `1.	Киреева О.А.	МБОУ «СОШ № 1»
2.	Лабуренко Т.М.	МБОУ «СОШ № 3»
3.	Фирсов Е.Б.	МБОУ «СОШ №  4 имени В.В. Бианки»
4.	Скиба Л.М.	МБОУ «СОШ № 5»
5.	Казанцева О.П.	МБОУ «СОШ № 6 имени Героя Советского Союза Н.П. Красильникова»
6.	Савченко М.А.	МБОУ «СОШ № 7»
7.	Антонова М.В.	МБОУ «СОШ № 8»
8.	Севодина С.А.	МБОУ «СОШ № 9 имени героя Российской Федерации С.Ю. Медведева»
9.	Ресслер М.С.	МБОУ «СОШ № 12 с углубленным изучением отдельных предметов»
10.	Постников А.Е.	МБОУ «СОШ № 15»
11.	Столлер Т.А.	МБОУ «СОШ № 17»
12.	Рубинова О.В.	МБОУ «СОШ № 18»
13.	Зарубина Н.В.	МБОУ «ООШ № 19»
14.	Сторожук О.А.	МБОУ «СОШ № 20 с углубленным изучением отдельных предметов»
15.	Коньшина Л.Г.	МБОУ «ООШ № 21»
16.	Скороход О.С.	МБОУ «СОШ № 25»
17.	Малинова Е.И.	МБОУ «СОШ № 31 имени Героя Советского Союза А.В. Спекова»
18.	Короленко Ю.Ю.	МБОУ «СОШ № 33»
19.	Дроздова Ю.С.	МБОУ «СОШ № 34»
20.	Федака Н.И.	МБОУ «СОШ № 40 имени В. Токарева»
21.	Фадеева Н.Н.	МБОУ «СОШ № 41»
22.	Рыжкова И.В.	МБОУ «Гимназия № 1»
23.	Быкова Л.М.	МБОУ «Гимназия № 2»
24.	Симахина Г.А.	МБОУ «Гимназия  № 11»
25.	Гурова Е.А.	МБОУ «Кадетская школа»
26.	Гусева С.А. 	МБОУ «Фоминская общеобразовательная средняя школа»
27.	Беспалова В.Н.	МБУ ДО «Дом детского творчества»
28.	Реш Н.А.	МБУ ДО «Детский эколого-туристический центр»`,
};

/** [printed, rendered, why]: every difference from the printed order that the template makes on purpose. */
const DIFFERENCES: [string, string, string][] = [
  ['3273-p', '3273-р', 'the seed types a Latin «p» in the number of the act'],
  ['до 31.12.2022 года', 'до 31.12.2022', 'a numeric date takes no «года»'],
];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const asRendered = (seed: string) => DIFFERENCES.reduce((s, [from, to]) => s.replace(from, to), squash(seed));
/** DOCX text with table cells joined by spaces, as SEED's plain text has them. */
const flat = (docx: string) => squash(docx.replace(/ \| /g, ' '));

describe('district-order-regulation', () => {
  it('reproduces the Бийск order', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    const prose = [SEED.title, SEED.preamble, ...SEED.points].map(asRendered);
    for (const text of prose) {
      expect(squash(docx)).toContain(text);
      expect(pdf).toContain(text);
    }
    for (const text of [SEED.signature, SEED.executor, SEED.approval].map(asRendered)) {
      expect(flat(docx)).toContain(text);
    }
    expect(pdf).toContain('А.Г. Мелихова');
    expect(pdf).toContain('Е.А. Максимова');
    expect(docx).toContain('25.05.2022 | № 701');
    expect(pdf).toMatch(/25\.05\.2022 № 701 г\. Бийск/);
    expect(docx).toContain('п р и к а з ы в а ю:');
  });

  it('lists the 28 school heads of the Бийск order for acknowledgement', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    const rows = SEED.rows.split('\n').map((line) => line.split('\t').map(squash));
    expect(rows).toHaveLength(28);
    expect(docx).toContain('С приказом ознакомлены:\n№ п/п | Ф.И.О. | Учреждение | Дата | Подпись');
    for (const [number, name, school] of rows) {
      expect(docx).toContain(`\n${number} | ${name} | ${school} |  | `);
      expect(pdf).toContain(`${number} ${name} `);
    }
    expect(docx.match(/^\d+\. \| .+ \|  \| $/gm)).toHaveLength(28);
  });

  it('names a person as coordinator, keeps control with the signer and leaves blanks in a draft', async () => {
    const input = copy(example) as Record<string, unknown> & typeof example;
    delete (input.coordinator as { unit?: string }).unit;
    input.control = null as unknown as typeof input.control;
    input.date = '';
    input.number = '';
    input.approvals = [];
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('2. Назначить Строкину Светлану Викторовну муниципальным координатором реализации системы наставничества');
    expect(docx).toContain('4. Контроль за исполнением данного приказа оставляю за собой.');
    expect(docx).toContain('«__» ________ 20__ г. | № ____');
    expect(docx).not.toContain('СОГЛАСОВАНО');
  });

  it('requires the name of the Положение to start with «положение»', () => {
    const input = copy(example);
    input.regulationName = 'о системе наставничества';
    expectRussianIssue(schema, input, ['regulationName']);
  });

  it('carries markup characters through as text', async () => {
    const input = copy(example);
    input.regulationName = `положение о системе ${HOSTILE} наставничества`;
    input.acknowledgement[0].unit = `МБОУ ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain(`Об утверждении положения о системе ${HOSTILE} наставничества`);
    expect(docx).toContain(`1. Утвердить положение о системе ${HOSTILE} наставничества (Приложение).`);
    expect(docx).toContain(`| МБОУ ${HOSTILE} |`);
    expect(pdf).toContain(`положения о системе ${HOSTILE} наставничества`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and title with Russian messages, renders text at the bounds', async () => {
    for (const path of [['coordinator', 'person'], ['acknowledgement', '5', 'person']]) {
      const input = copy(example) as Record<string, unknown>;
      const person = path.reduce<Record<string, unknown>>((o, key) => o[key] as Record<string, unknown>, input);
      person.lastName = HUGE_NAME;
      expectRussianIssue(schema, input, [...path.slice(-1), 'lastName']);
    }
    const longTitle = copy(example);
    longTitle.regulationName = `положение ${'о'.repeat(10_000)}`;
    expectRussianIssue(schema, longTitle, ['regulationName']);

    const atBounds = copy(example);
    atBounds.regulationName = `положение ${'о системе наставничества '.repeat(50)}`.slice(0, 1000).trim();
    atBounds.coordinator.person.lastName = 'Щ'.repeat(60);
    const { docx, pdfBytes } = await renderTexts(build(schema.parse(atBounds)));
    expect(docx).toContain(`(${'Щ'.repeat(60)} С.В.)`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders an acknowledgement sheet of 500 rows', async () => {
    const input = copy(example);
    input.acknowledgement = Array.from({ length: 500 }, (_, i) => ({ ...example.acknowledgement[i % 28], unit: `МБОУ «СОШ № ${i + 1}»` }));
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('500. | Симахина Г.А. | МБОУ «СОШ № 500» |  | ');
    expect(pdf).toContain('500. Симахина Г.А. МБОУ «СОШ № 500»');
  }, 60_000);
});
