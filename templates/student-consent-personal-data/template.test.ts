import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-consent-personal-data', () => {
  it('states every item of ст. 9 ч. 4 152-ФЗ with the representative and the document of authority', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      // subject (the child) and the representative with the identity document
      expect(text).toContain('Я, Петрова Ольга Викторовна, документ, удостоверяющий личность, — паспорт гражданина Российской Федерации: серия 0112, номер 345678, дата выдачи 20.04.2015, кем выдан: ОУФМС России по Алтайскому краю в г. Бийске, зарегистрирована по адресу: г. Бийск, ул. Ленина, д. 10, кв. 5');
      expect(text).toContain('являясь законным представителем (мать) несовершеннолетней Петровой Анны Сергеевны, 15.03.2013 года рождения, обучающейся 7Б класса');
      expect(text).toContain('на основании документа, подтверждающего полномочия: свидетельство о рождении II-ТО № 123456 от 20.03.2013');
      // operator with its address, purpose, data, actions, processor, recipients, term, withdrawal
      expect(text).toContain('оператору — Муниципальное бюджетное общеобразовательное учреждение');
      expect(text).toContain('адрес: 659300, Алтайский край, г. Бийск, ул. Советская, д. 1');
      expect(text).toContain('на обработку персональных данных моего ребенка как участника программы наставничества обучающихся в качестве наставляемого');
      expect(text).toContain('Цели обработки персональных данных:');
      expect(text).toContain('фамилия, имя, отчество; дата рождения; класс');
      expect(text).toContain('Перечень действий с персональными данными и способы обработки: сбор, запись');
      expect(text).toContain('Обработку персональных данных по поручению оператора осуществляет: КГБУ «Алтайский центр информационных технологий»');
      expect(text).toContain('МКУ «Управление образованием Администрации г. Бийска» (муниципальный координатор), адрес: 659300, г. Бийск, ул. Ленина, д. 254');
      expect(text).toContain('Срок действия согласия: в течение срока участия в программе наставничества и 5 лет после его окончания');
      expect(text).toContain('Согласие может быть отозвано в любое время путем направления оператору письменного заявления');
      expect(text).toContain('О.В. Петрова');
    }
    expect(pdf).not.toContain('обучающийся:');
  });

  it('adds the pupil’s own signature where the pupil co-signs', async () => {
    const { pdf } = await renderTexts(build(schema.parse({ ...copy(example), cosigns: true })));
    expect(pdf).toContain('С согласием ознакомлена и согласна обучающийся:');
    expect(pdf).toContain('А.С. Петрова');
  });

  it('has an adult mentor sign for themselves with their own identity document', async () => {
    const adult = {
      ...copy(example),
      representative: null,
      role: 'mentor',
      subject: { person: { lastName: 'Сидоров', firstName: 'Пётр', middleName: 'Ильич' }, birthDate: null, className: null, identityDocument: { kind: 'паспорт гражданина Российской Федерации', series: '0105', number: '111222', issuedOn: null, issuedBy: null }, address: null },
    };
    const { docx } = await renderTexts(build(schema.parse(adult)));
    expect(docx).toContain('Я, Сидоров Пётр Ильич, документ, удостоверяющий личность, — паспорт гражданина Российской Федерации: серия 0105, номер 111222');
    expect(docx).toContain('на обработку моих персональных данных как участника программы наставничества обучающихся в качестве наставника');
    expect(docx).not.toContain('законным представителем');
  });

  it('refuses a term «в сроки номенклатуры дел»', () => {
    expectRussianIssue(schema, { ...copy(example), term: 'в сроки номенклатуры дел' }, ['term']);
  });
});
