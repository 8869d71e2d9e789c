import { describe, expect, it } from 'vitest';
import { HOSTILE, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('student-program', () => {
  it('renders the form with its role variant, the participants, the plan with marks and the results', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Программа наставничества');
      expect(text).toContain('МБОУ «СОШ № 1», с 15.10.2025 по 29.05.2026');
      expect(text).toContain('«ученик – ученик», ролевая модель «успевающий – неуспевающий» (групповое наставничество)');
      expect(text).toContain('Белоусова Анастасия Дмитриевна, обучающаяся 10 «А» класса');
      expect(text).toContain('Наставляемые:');
      expect(text).toContain('Мамедов Руслан Рашид оглы');
      expect(text).toContain('3. План встреч и мероприятий');
      expect(text).toContain('4. Ожидаемые результаты');
    }
    expect(docx).toContain('1. | октябрь 2025 г. | Знакомство, входное анкетирование, определение общих задач группы | встреча | выполнено 20.10.2025');
    expect(docx).toMatch(/2\. \| ноябрь 2025 г\. – февраль 2026 г\., еженедельно \| Разбор трудных тем.* \| занятие \| *$/m);
    expect(docx).toContain('А.Д. Белоусова');
  });

  it('prints an individual pair without a variant', async () => {
    const single = copy(example);
    single.kind = 'individual';
    single.variant = null as unknown as string;
    single.mentees = single.mentees.slice(0, 1);
    const { docx } = await renderTexts(build(schema.parse(single)));
    expect(docx).toContain('«ученик – ученик» (индивидуальное наставничество)');
    expect(docx).toContain('Наставляемый:');
    expect(docx).not.toContain('ролевая модель');
  });

  it('carries markup through and refuses an end before the start in Russian', async () => {
    const hostile = copy(example);
    hostile.goal = `цель ${HOSTILE}`;
    const { docx, pdf } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`цель ${HOSTILE}`);
    expect(pdf).toContain(HOSTILE);
    expectRussianIssue(schema, { ...copy(example), end: '2025-10-01' }, ['end']);
    expectRussianIssue(schema, { ...copy(example), plan: [] }, ['plan']);
  });
});
