import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('school-intro-order', () => {
  it('renders the order with the curator in the accusative and the acknowledgement sheet', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О внедрении системы (целевой модели) наставничества педагогических работников в МБОУ «СОШ № 1»');
      expect(text).toContain('01.09.2025');
      expect(text).toContain('№ 181-од');
      expect(text).toContain('г. Бийск');
      expect(text).toContain('В соответствии со статьей 351.8 Трудового кодекса Российской Федерации');
      expect(text).toContain('в целях обеспечения непрерывного профессионального роста');
      expect(text).toContain('п р и к а з ы в а ю:');
      expect(text).toContain('Положение о системе наставничества педагогических работников в МБОУ «СОШ № 1» (приложение № 1)');
      expect(text).toContain('на 2025/2026 учебный год (приложение № 2)');
      expect(text).toContain('заместителя директора по УВР Петрову Анну Сергеевну');
      expect(text).toContain('Куратору А.С. Петровой:');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
      expect(text).toContain('О.А. Киреева');
      expect(text).toContain('С приказом ознакомлены:');
    }
    expect(docx).toContain('Назначить куратором реализации программ наставничества педагогических работников заместителя директора по УВР Петрову Анну Сергеевну.');
    expect(docx).toContain('1. | Петрова А.С. | заместитель директора по УВР | 01.09.2025 | ознакомлен(а) электронно');
    expect(docx).toContain('5. | Петров И.С. | учитель математики |  | ');
    expect(docx).toMatch(/; *\n.*провести мониторинг реализации системы наставничества и представить аналитический отчет по итогам 2025\/2026 учебного года\./);
  });

  it('leaves blanks for the date and number of a draft', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), date: null, number: '' })));
    expect(docx).toContain('«__» ________ 20__ г.');
    expect(docx).toContain('№ ____');
  });

  it('omits the curator point when no duties are given', () => {
    const model = build(schema.parse({ ...copy(example), curatorDuties: [] }));
    expect(JSON.stringify(model)).not.toContain('Куратору');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.purpose = `проверки ${HOSTILE}`;
    hostile.curator.position = `заместитель директора ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`в целях проверки ${HOSTILE},`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.curator.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['curator', 'person', 'lastName']);
  });

  it('rejects free text over 5000 characters', () => {
    expectRussianIssue(schema, { ...copy(example), purpose: 'а'.repeat(5001) }, ['purpose']);
  });
});
