import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('student-intro-order', () => {
  it('renders the order: Р-145 and МР-42/02 as bases, both annexes, the forms with their variants, the curator declined', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О внедрении целевой модели наставничества обучающихся в МБОУ «СОШ № 1»');
      expect(text).toContain('№ 182-од');
      expect(text).toContain('распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145');
      expect(text).toContain('письмом Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02');
      expect(text).toContain('п р и к а з ы в а ю:');
      expect(text).toContain('Положение о наставничестве обучающихся в МБОУ «СОШ № 1» (приложение № 1)');
      expect(text).toContain('на 2025/2026 учебный год (приложение № 2)');
      expect(text).toContain('«ученик – ученик» (ролевые модели: «успевающий – неуспевающий», «лидер – пассивный»');
      expect(text).toContain('«работодатель – ученик» (ролевые модели: «активный профессионал – равнодушный потребитель»');
      expect(text).toContain('Куратору И.Н. Воронцовой:');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
      expect(text).toContain('О.А. Киреева');
    }
    expect(docx).toContain(
      'Дорожную карту (план мероприятий) внедрения целевой модели наставничества обучающихся в МБОУ «СОШ № 1» на 2025/2026 учебный год (приложение № 2).',
    );
    expect(docx).toContain('Назначить куратором внедрения целевой модели наставничества обучающихся заместителя директора по воспитательной работе Воронцову Ирину Николаевну.');
    expect(docx).toContain('С приказом ознакомлены:');
    expect(docx).toContain('Дурново Л.А.');
  });

  it('leaves blanks for the date and number of a draft', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), date: null, number: null })));
    expect(docx).toContain('«__» ________ 20__ г.');
    expect(docx).toContain('№ ____');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.forms[0]!.variants[0] = `равный ${HOSTILE}`;
    const { docx, pdf } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`«равный ${HOSTILE}»`);
    expect(pdf).toContain(HOSTILE);
  });

  it('refuses an order without forms and a huge name with Russian messages', () => {
    expectRussianIssue(schema, { ...copy(example), forms: [] }, ['forms']);
    const huge = copy(example);
    huge.curator.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['curator', 'person', 'lastName']);
  });
});
