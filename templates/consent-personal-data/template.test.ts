import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { PERSONAL_DATA_DEFAULTS } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('consent-personal-data', () => {
  it('states every element the law requires: operator, purposes, data, actions, term, withdrawal', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('на обработку персональных данных');
      expect(text).toContain('Я, Петров Иван Сергеевич, документ, удостоверяющий личность: ________________________________, зарегистрирован по адресу: ________________________________');
      expect(text).toContain('статьей 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
      expect(text).toContain('оператору — Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1» (МБОУ «СОШ № 1»), адрес: 659300, Алтайский край, г. Бийск, ул. Советская, д. 1');
      expect(text).toContain('в качестве наставляемого на следующих условиях:');
      expect(text).toContain('Цели обработки персональных данных:');
      expect(text).toContain('фамилия, имя, отчество; дата рождения; должность;');
      expect(text).toContain('обезличивание, блокирование, удаление, уничтожение');
      expect(text).toContain('МКУ «Управление образования Администрации города Бийска»');
      expect(text).toContain('Срок действия согласия: на период участия в системе наставничества');
      expect(text).toContain('Согласие может быть отозвано мною в любое время путем направления оператору письменного заявления.');
      expect(text).toContain('не является согласием на распространение персональных данных');
      expect(text).toContain('И.С. Петров');
    }
    expect(docx).toContain('1.1. организация и реализация системы наставничества педагогических работников;');
    expect(docx).toContain('СОГЛАСИЕ');
  });

  it('bundles no other consent', async () => {
    const { docx } = await renderTexts(build(data));
    expect(docx).not.toMatch(/работы по наставничеству|на участие в программе|трудовому договору/);
  });

  it('prints the identity document and address when known, and no recipients point when there are none', async () => {
    const known = copy(example);
    Object.assign(known.subject, { identityDocument: 'паспорт 0104 123456, выдан 12.03.2015', address: 'г. Бийск, ул. Ленина, д. 5, кв. 7' });
    Object.assign(known.subject.person, { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' });
    known.recipients = [];
    known.role = 'mentor';
    const { docx } = await renderTexts(build(schema.parse(known)));
    expect(docx).toContain('документ, удостоверяющий личность: паспорт 0104 123456, выдан 12.03.2015, зарегистрирована по адресу: г. Бийск, ул. Ленина, д. 5, кв. 7');
    expect(docx).toContain('в качестве наставника');
    expect(docx).not.toContain('предоставляются');
  });

  it('accepts the default conditions', () => {
    expect(() => schema.parse({ ...copy(example), ...PERSONAL_DATA_DEFAULTS })).not.toThrow();
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.operatorAddress = `г. Бийск ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`адрес: г. Бийск ${HOSTILE}, на обработку`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and a consent without purposes with Russian messages', () => {
    const huge = copy(example);
    huge.subject.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['subject', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), purposes: [] }, ['purposes']);
  });
});
