import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('mentor-list-order', () => {
  it('renders the order and the list of mentors with experience and category', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Об утверждении методического актива (списка наставников) на 2025/2026 учебный год');
      expect(text).toContain('22.09.2025');
      expect(text).toContain('№ 196-од');
      expect(text).toContain('Утвердить методический актив (список наставников) МБОУ «СОШ № 1» на 2025/2026 учебный год (приложение).');
      expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
      expect(text).toContain('О.А. Киреева');
    }
    expect(docx).toContain('утвержденным приказом от 01.09.2025 № 181-од, в целях организации наставничества педагогических работников,');
    expect(docx).toContain('№ п/п | Ф.И.О. | Должность | Педагогический стаж / квалификационная категория | Компетенции');
    expect(docx).toContain('1. | Иванова Мария Петровна | учитель математики | 24 года / высшая квалификационная категория | методика подготовки к ОГЭ и ЕГЭ');
    expect(docx).toContain('2. | Кузнецов Андрей Николаевич | учитель физики | 18 лет / квалификационная категория «педагог-наставник»');
    expect(docx).toContain('3. | Орлова Елена Николаевна | учитель начальных классов | 31 год / первая квалификационная категория');
    expect(docx).toContain('4. | Гусев Павел Андреевич | педагог-психолог | 12 лет / без категории');
    expect(docx).toContain('5. | Гусев П.А. | педагог-психолог');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.mentors[0].competences = `ОГЭ ${HOSTILE} ЕГЭ`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`| ОГЭ ${HOSTILE} ЕГЭ`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and a negative experience with Russian messages', () => {
    const huge = copy(example);
    huge.mentors[2].person.middleName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentors', '2', 'person', 'middleName']);
    const negative = copy(example);
    negative.mentors[0].experienceYears = -1;
    expectRussianIssue(schema, negative, ['mentors', '0', 'experienceYears']);
  });
});
