import { describe, expect, it } from 'vitest';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { defaultRegulationSections } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('school-regulation', () => {
  it('renders the caption, the three stamps and the numbered sections', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Приложение № 1');
      expect(text).toContain('к приказу МБОУ «СОШ № 1» от 01.09.2025 № 181-од');
      expect(text).toContain('ПРИНЯТО');
      expect(text).toContain('СОГЛАСОВАНО');
      expect(text).toContain('Е.Н. Орлова');
      expect(text).toContain('УТВЕРЖДЕНО');
      expect(text).toContain('ПОЛОЖЕНИЕ');
      expect(text).toContain('о системе наставничества педагогических работников в МБОУ «СОШ № 1»');
      expect(text).toContain('1. Общие положения');
      expect(text).toContain('7. Порядок организации наставничества');
      expect(text).toContain('10. Заключительные положения');
    }
    expect(docx).toContain('ПРИНЯТО решением педагогического совета протокол от 29.08.2025 № 1 | СОГЛАСОВАНО Председатель первичной профсоюзной организации ______________ Е.Н. Орлова протокол от 28.08.2025 № 5 | УТВЕРЖДЕНО');
    expect(docx).toContain('УТВЕРЖДЕНО приказом МБОУ «СОШ № 1» от 01.09.2025 № 181-од');
    expect(docx).toContain('1.1. Настоящее Положение о системе наставничества педагогических работников в МБОУ «СОШ № 1» (далее — Положение, Учреждение)');
    expect(docx).toContain('1.2. Положение разработано в соответствии с:\n– Трудовым кодексом Российской Федерации;');
    expect(docx).toContain('– Уставом МБОУ «СОШ № 1».');
    expect(docx).toMatch(/7\.4\. Работа по наставничеству поручается наставнику на основании трудового договора или дополнительного соглашения к нему/);
    expect(docx).toContain('предупредив об этом работодателя в письменной форме не позднее чем за три рабочих дня;');
    expect(docx).toMatch(/7\.5\. Согласие на обработку персональных данных каждого участника оформляется отдельным документом/);
  });

  it('numbers subclauses one level down and omits the union stamp when there is none', async () => {
    const input = copy(example);
    input.union = null as never;
    input.sections = [
      { title: 'Структура', clauses: [{ text: 'Внутренний контур:', subclauses: [{ text: 'Руководитель.' }, { text: 'Куратор:', list: ['ведет банк наставников'] }] }] },
    ] as never;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('1.1. Внутренний контур:\n1.1.1. Руководитель.\n1.1.2. Куратор:\n– ведет банк наставников.');
    expect(docx).not.toContain('СОГЛАСОВАНО');
  });

  it('builds valid default sections for any school and set of legal bases', () => {
    const school = { shortName: 'МБОУ «Гимназия № 2»', maxMenteesPerMentor: 3 };
    const withBases = schema.parse({ ...copy(example), sections: defaultRegulationSections(school, FEDERAL_LEGAL_BASES) });
    expect(withBases.sections[0].clauses[1].list).toEqual(FEDERAL_LEGAL_BASES.map((b) => b.title));
    const withoutBases = defaultRegulationSections(school, []);
    expect(withoutBases[0].clauses.map((c) => c.text).join(' ')).not.toContain('разработано в соответствии с');
  });

  it('states the school\'s own limit of mentees per mentor, the consent to distribution before publishing, and who ст. 351.8 covers', async () => {
    const text = (n: number) => JSON.stringify(defaultRegulationSections({ shortName: 'МБОУ «СОШ № 1»', maxMenteesPerMentor: n }, []));
    expect(text(2)).toContain('Наставник одновременно может вести не более 2 наставляемых.');
    expect(text(1)).toContain('не более 1 наставляемого.');
    expect(text(3)).not.toContain('трех');
    const { docx, pdf } = await renderTexts(build(schema.parse({ ...copy(example), sections: defaultRegulationSections({ shortName: 'МБОУ «СОШ № 1»', maxMenteesPerMentor: 5 }, []) })));
    for (const out of [docx, pdf]) {
      expect(out).toContain('не более 5 наставляемых');
      expect(out).toContain('только при наличии отдельного согласия участника на обработку персональных данных, разрешенных субъектом персональных данных для распространения (статья 10.1');
      expect(out).toContain('Статья 351.8 Трудового кодекса Российской Федерации распространяется только на работников Учреждения');
    }
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.sections[0].title = `Общие ${HOSTILE} положения`;
    hostile.sections[1].clauses[0].text = `Цель ${HOSTILE} системы.`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`1. Общие ${HOSTILE} положения`);
    expect(docx).toContain(`2.1. Цель ${HOSTILE} системы.`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and over-long text with Russian messages', () => {
    const huge = copy(example);
    huge.union.chair.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['union', 'chair', 'lastName']);
    const long = copy(example);
    long.sections[2].clauses[0].text = 'а'.repeat(5001);
    expectRussianIssue(schema, long, ['sections', '2', 'clauses', '0', 'text']);
  });
});
