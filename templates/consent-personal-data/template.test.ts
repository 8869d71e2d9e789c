import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { PERSONAL_DATA_DEFAULTS } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('consent-personal-data', () => {
  it('states every item of ст. 9 ч. 4 152-ФЗ: subject with identity document, operator, processor, recipients with addresses, purpose, data, actions, term, withdrawal', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('на обработку персональных данных');
      // 1: the subject, the identity document's series, number, date of issue and issuer as separate blanks, the address.
      expect(text).toContain(
        'Я, Петров Иван Сергеевич, документ, удостоверяющий личность, — паспорт гражданина Российской Федерации: серия __________, номер __________, дата выдачи __________, кем выдан: ________________________________, зарегистрирован по адресу: ________________________________',
      );
      expect(text).toContain('статьей 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
      // 3: the operator with its address.
      expect(text).toContain('оператору — Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1» (МБОУ «СОШ № 1»), адрес: 659300, Алтайский край, г. Бийск, ул. Советская, д. 1');
      expect(text).toContain('в качестве наставляемого на следующих условиях:');
      // 4, 5, 7: purposes, the data, the actions and methods.
      expect(text).toContain('Цели обработки персональных данных:');
      expect(text).toContain('Перечень персональных данных, на обработку которых дается согласие: фамилия, имя, отчество; должность;');
      expect(text).toContain('обезличивание, блокирование, удаление, уничтожение');
      // 6: the processor on the operator's instruction, with its address.
      expect(text).toContain(
        'Обработку персональных данных по поручению оператора осуществляет: МКУ «Информационно-методический центр города Бийска», адрес: 659322, Алтайский край, г. Бийск, ул. Ленинградская, д. 42.',
      );
      // The recipients with their addresses.
      expect(text).toContain('МКУ «Управление образования Администрации города Бийска» (муниципальный координатор системы наставничества), адрес: 659300, Алтайский край, г. Бийск, ул. Ленина, д. 256');
      expect(text).toContain('адрес: 656049, Алтайский край, г. Барнаул, пр-кт Социалистический, д. 60');
      // 8: a concrete term and the way to withdraw.
      expect(text).toContain('Срок действия согласия: в течение срока участия в системе наставничества и 5 лет после его окончания');
      expect(text).toContain('Согласие может быть отозвано мною в любое время путем направления оператору письменного заявления.');
      expect(text).toContain('не является согласием на распространение персональных данных');
      expect(text).toContain('И.С. Петров');
      // No purpose needs the birth date: the indicators use the employer's records.
      expect(text).not.toContain('дата рождения');
      expect(text).not.toContain('номенклатур');
    }
    expect(docx).toContain('1.1. организация и реализация системы наставничества педагогических работников;');
    expect(docx).toContain('СОГЛАСИЕ');
  });

  it('bundles no other consent', async () => {
    const { docx } = await renderTexts(build(data));
    expect(docx).not.toMatch(/работы по наставничеству|на участие в программе|трудовому договору/);
  });

  it('prints each known detail of the identity document, says no processor when there is none, and no recipients point when there are none', async () => {
    const known = copy(example);
    Object.assign(known.subject, {
      identityDocument: { kind: 'паспорт гражданина Российской Федерации', series: '0104', number: '123456', issuedOn: '2015-03-12', issuedBy: 'ГУ МВД России по Алтайскому краю' },
      address: 'г. Бийск, ул. Ленина, д. 5, кв. 7',
    });
    Object.assign(known.subject.person, { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' });
    (known as { processor: unknown }).processor = null;
    known.recipients = [];
    known.role = 'mentor';
    const { docx } = await renderTexts(build(schema.parse(known)));
    expect(docx).toContain(
      'паспорт гражданина Российской Федерации: серия 0104, номер 123456, дата выдачи 12.03.2015, кем выдан: ГУ МВД России по Алтайскому краю, зарегистрирована по адресу: г. Бийск, ул. Ленина, д. 5, кв. 7',
    );
    expect(docx).toContain('Обработка персональных данных по поручению оператора другому лицу не поручается.');
    expect(docx).toContain('в качестве наставника');
    expect(docx).not.toContain('предоставляются');
  });

  it('accepts the default conditions', () => {
    expect(() => schema.parse({ ...copy(example), ...PERSONAL_DATA_DEFAULTS })).not.toThrow();
    expect(PERSONAL_DATA_DEFAULTS.data).not.toContain('дата рождения');
  });

  it('refuses «в сроки номенклатуры дел» instead of a concrete term', () => {
    const vague = { ...copy(example), term: 'в сроки, установленные номенклатурой дел оператора' };
    expectRussianIssue(schema, vague, ['term']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.operatorAddress = `г. Бийск ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`адрес: г. Бийск ${HOSTILE}, на обработку`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name, a consent without purposes and a recipient without address with Russian messages', () => {
    const huge = copy(example);
    huge.subject.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['subject', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), purposes: [] }, ['purposes']);
    expectRussianIssue(schema, { ...copy(example), recipients: [{ name: 'МКУ «Управление образования»' }] }, ['recipients', '0', 'address']);
  });
});
