import { describe, expect, it } from 'vitest';
import { HOSTILE, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('municipal-roadmap', () => {
  it('prints the Котельниковский roadmap with its caption, stamp and numbered sections', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    expect(docx).toContain('Приложение № 1\nк приказу от 29.03.2022 № 100-д\n');
    expect(docx).toContain(
      'УТВЕРЖДЕНО приказом отдела образования администрации Котельниковского муниципального района Волгоградской области от 29.03.2022 № 100-д',
    );
    expect(docx).toContain(
      'План мероприятий (дорожная карта) внедрения муниципальной целевой модели наставничества педагогических работников образовательных организаций на 2022 год\n№ п/п | Наименование мероприятий | Срок реализации | Ответственный исполнитель | Результат, вид документа\n1. Нормативно-правовое регулирование',
    );
    expect(docx).toContain('\n1.4. | Назначение кураторов внедрения целевой модели наставничества в ОО | до 20 апреля 2022 г. | ОО | Приказы о назначении кураторов в ОО\n');
    // Sections are numbered in order, whatever numbers a source document used.
    const sections = docx.split('\n').filter((line) => /^\d+\. [^|]+$/.test(line) && !line.startsWith('Приложение'));
    expect(sections.map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(docx).toContain('\n6.5. | Анализ результатов муниципального мониторинга состояния внедрения и реализации целевой модели наставничества в образовательных организациях | апрель 2022 г. | Отдел образования | Аналитическая справка');
    expect(docx.match(/^\d+\.\d+\. \| /gm)).toHaveLength(26);
    expect(pdf).toContain('Приложение № 1 к приказу от 29.03.2022 № 100-д УТВЕРЖДЕНО');
    expect(pdf).toContain('6. Мониторинг и оценка результатов внедрения целевой модели наставничества');
  });

  it('stands alone without caption and stamp', async () => {
    const input = copy(example) as Partial<typeof example>;
    delete input.annex;
    delete input.approval;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).not.toContain('Приложение');
    expect(docx).not.toContain('УТВЕРЖДЕНО');
    expect(docx.startsWith('План мероприятий (дорожная карта)')).toBe(true);
  });

  it('rejects an empty section and too many activities with Russian messages', () => {
    const empty = copy(example);
    empty.sections[2].activities = [];
    expectRussianIssue(schema, empty, ['sections', '2', 'activities']);
    const tooMany = copy(example);
    tooMany.sections[0].activities = Array.from({ length: 1001 }, () => example.sections[0].activities[0]);
    expectRussianIssue(schema, tooMany, ['sections']);
  });

  it('carries markup characters through as text', async () => {
    const input = copy(example);
    input.title = `План ${HOSTILE}`;
    input.sections[0].activities[0].term = `март ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain(`\nПлан ${HOSTILE}\n`);
    expect(docx).toContain(`| март ${HOSTILE} |`);
    expect(pdf).toContain(`План ${HOSTILE}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character title and renders one at the bound', async () => {
    const huge = copy(example);
    huge.sections[1].title = 'Р'.repeat(10_000);
    expectRussianIssue(schema, huge, ['sections', '1', 'title']);
    const atBound = copy(example);
    atBound.title = `План ${'мероприятий '.repeat(90)}`.slice(0, 1000).trim();
    const { docx, pdfBytes } = await renderTexts(build(schema.parse(atBound)));
    expect(docx).toContain(atBound.title);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders 500 activities', async () => {
    const input = copy(example);
    input.sections = [{ title: 'Внедрение', activities: Array.from({ length: 500 }, (_, i) => ({ name: `Мероприятие ${i + 1}`, term: 'март 2022 г.', responsible: 'ОО', result: 'Приказ' })) }];
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('1.500. | Мероприятие 500 | март 2022 г. | ОО | Приказ');
    expect(pdf).toContain('1.500. Мероприятие 500 март 2022 г. ОО Приказ');
  }, 60_000);
});
