import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { DISTRIBUTION_DEFAULTS } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('consent-distribution', () => {
  it('states what ст. 10.1 152-ФЗ and приказ Роскомнадзора № 18 require: subject and contact, operator with address, ИНН, ОГРН, site, purpose, data, conditions, term, the demand that ends it', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('на обработку персональных данных, разрешенных субъектом персональных данных для распространения');
      expect(text).toContain('Я, Кравченко Елена Петровна, контактная информация (телефон, адрес электронной почты или почтовый адрес): ________________________________');
      expect(text).toContain('в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
      expect(text).toContain('адрес: 659300, Алтайский край, г. Бийск, ул. Советская, д. 1, ИНН 2204012345, ОГРН 1022200558123');
      expect(text).toContain('официальный сайт МБОУ «СОШ № 1» https://school1.biysk.example, раздел «Наставничество»');
      expect(text).toContain('Персональные данные, разрешенные для распространения: фамилия, имя, отчество; должность; роль в системе наставничества');
      expect(text).toContain('Иные мои персональные данные распространению не подлежат.');
      expect(text).toContain('(часть 9 статьи 10.1 Федерального закона «О персональных данных»): не устанавливаю.');
      expect(text).toContain('Срок действия согласия: в течение срока участия в системе наставничества и 1 года после его окончания');
      expect(text).toContain('действие согласия прекращается с момента поступления оператору такого требования');
      expect(text).toContain('отдельно от согласия на обработку персональных данных');
      expect(text).toContain('Е.П. Кравченко');
    }
    expect(docx).toContain('СОГЛАСИЕ');
  });

  it('prints the conditions the subject sets and a contact when known', async () => {
    const input = { ...copy(example), conditions: 'фотографическое изображение не передавать третьим лицам', subject: { ...copy(example).subject, contact: 'kravchenko@school1.biysk.example' } };
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('): фотографическое изображение не передавать третьим лицам.');
    expect(docx).toContain('почтовый адрес): kravchenko@school1.biysk.example, в соответствии');
  });

  it('accepts the defaults, carries markup through, rejects bad input in Russian', async () => {
    expect(() => schema.parse({ ...copy(example), ...DISTRIBUTION_DEFAULTS })).not.toThrow();
    const hostile = { ...copy(example), resources: [`сайт ${HOSTILE}`] };
    const { pdf } = await renderTexts(build(schema.parse(hostile)));
    expect(pdf).toContain(HOSTILE);
    const huge = copy(example);
    huge.subject.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['subject', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), resources: [] }, ['resources']);
    expectRussianIssue(schema, { ...copy(example), operatorInn: '12' }, ['operatorInn']);
  });
});
