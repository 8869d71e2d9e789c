import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('analytical-note', () => {
  it('computes the share achieved of each indicator from plan and fact', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    const title = 'Аналитическая справка по итогам мониторинга реализации системы наставничества педагогических работников в образовательных организациях города Бийска';
    expect(docx).toContain(title);
    expect(pdf).toContain(title);
    expect(docx).toContain('Отчетный период: с 01.09.2022 по 15.12.2022. Дата проведения мониторинга: 20.12.2022.');
    expect(docx).toContain('№ п/п | Показатель | Ед. изм. | План | Факт | Выполнение, %');
    expect(docx).toContain('охваченных различными формами наставничества, адресного сопровождения и поддержки | % | 70 | 84,3 | 120,4\n');
    expect(docx).toContain('включенных в муниципальную базу наставников | чел. | 120 | 131 | 109,2\n');
    expect(docx).toContain('раздел «Наставничество» | % | 100 | — | —\n');
    expect(pdf).toMatch(/% 70 84,3 120,4/);
  });

  it('counts each school and the totals, with the coverage of young teachers', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    expect(docx).toContain('№ п/п | Образовательная организация | Наставники | Наставляемые | Пары (группы) | Охват молодых педагогов*');
    expect(docx).toContain('\n1. | МБОУ «СОШ № 1» | 6 | 7 | 6 | 4 из 6 (66,7 %)\n');
    expect(docx).toContain('\n13. | МБОУ «ООШ № 19» | 0 | 0 | 0 | 0 из 7 (0 %)\n');
    expect(docx).toContain('\n | Итого | 131 | 157 | 146 | 113 из 134 (84,3 %)\n');
    expect(docx).toContain('Мониторингом охвачено образовательных организаций: 28. В них наставников: 131, наставляемых: 157, наставнических пар (групп): 146. Наставничеством охвачено молодых педагогов: 113 из 134 (84,3 %).');
    expect(docx).toContain('3. Выводы\n1. Система (целевая модель) наставничества педагогических работников реализуется в 25 из 28');
    expect(docx).toContain('4. Рекомендации\n1. Руководителям МБОУ «СОШ № 17»');
    expect(docx).toContain('Руководитель информационно-методического центра | С.В. Строкина\n28.12.2022');
    expect(pdf).toContain('Итого 131 157 146 113 из 134 (84,3 %)');
    expect(pdf).toContain('С.В. Строкина');
  });

  it('shows a dash where nothing can be divided and leaves out empty recommendations', async () => {
    const input = copy(example);
    input.indicators[0].plan = 0;
    input.schools = [{ name: 'МБОУ «СОШ № 1»', mentors: 0, mentees: 0, pairs: 0, youngTeachers: 0, youngCovered: 0 }];
    input.recommendations = [];
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('реализующих систему (целевую модель) наставничества педагогических работников | % | 0 | 89,3 | —\n');
    expect(docx).toContain('\n1. | МБОУ «СОШ № 1» | 0 | 0 | 0 | —\n');
    expect(docx).toContain('наставнических пар (групп): 0.\n');
    expect(docx).not.toContain('Рекомендации');
  });

  it('rejects counts that do not add up and dates out of order, in Russian', () => {
    const input = copy(example);
    Object.assign(input.schools[0], { youngCovered: 7 });
    Object.assign(input.schools[1], { pairs: 10 });
    Object.assign(input.schools[2], { mentors: -1 });
    input.date = '2022-12-01';
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'schools.0.youngCovered', message: 'охваченных молодых педагогов больше, чем молодых педагогов' },
        { path: 'schools.1.pairs', message: 'пар (групп) больше, чем наставляемых' },
        { path: 'schools.2.mentors', message: 'число наставников не может быть отрицательным' },
      ]),
    );
    const late = copy(example);
    late.date = '2022-12-01';
    expect(issuesOf(late)).toEqual([{ path: 'date', message: 'справка датирована раньше мониторинга' }]);
  });

  it('carries markup characters through as text', async () => {
    const input = copy(example);
    input.territory = `города ${HOSTILE}`;
    input.schools[0].name = `МБОУ ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain(`в образовательных организациях города ${HOSTILE}\n`);
    expect(docx).toContain(`| МБОУ ${HOSTILE} |`);
    expect(pdf).toContain(`города ${HOSTILE}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and indicator with Russian messages, renders text at the bounds', async () => {
    const huge = copy(example);
    huge.signer.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['signer', 'person', 'lastName']);
    const longName = copy(example);
    longName.indicators[0].name = 'Д'.repeat(10_000);
    expectRussianIssue(schema, longName, ['indicators', '0', 'name']);

    const atBounds = copy(example);
    atBounds.indicators[0].name = `Доля ${'организаций '.repeat(90)}`.slice(0, 1000).trim();
    atBounds.signer.person.lastName = 'Щ'.repeat(60);
    const { docx, pdfBytes } = await renderTexts(build(schema.parse(atBounds)));
    expect(docx).toContain(`С.В. ${'Щ'.repeat(60)}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders 500 schools', async () => {
    const input = copy(example);
    input.schools = Array.from({ length: 500 }, (_, i) => ({ name: `МБОУ «СОШ № ${i + 1}»`, mentors: 2, mentees: 3, pairs: 3, youngTeachers: 4, youngCovered: 3 }));
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('\n500. | МБОУ «СОШ № 500» | 2 | 3 | 3 | 3 из 4 (75 %)\n');
    expect(docx).toContain('\n | Итого | 1000 | 1500 | 1500 | 1500 из 2000 (75 %)\n');
    expect(pdf).toContain('500. МБОУ «СОШ № 500» 2 3 3 3 из 4 (75 %)');
  }, 60_000);
});
