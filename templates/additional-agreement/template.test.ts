import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { MENTORING_WORK_CONTENT, PAYMENT_TERMS } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('additional-agreement', () => {
  it('states the parties, content, mentee, form, term, payment and the 3-working-day notice', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('к трудовому договору от 27.08.2001 № 47');
      expect(text).toContain('г. Бийск');
      expect(text).toContain('25.09.2025');
      expect(text).toContain('(далее — Работодатель) в лице директора Киреевой Ольги Алексеевны, действующей на основании Устава, с одной стороны, и Иванова Мария Петровна, учитель математики (далее — Работник)');
      expect(text).toContain('статьей 351.8 Трудового кодекса Российской Федерации');
      expect(text).toContain('Положением о системе наставничества педагогических работников в МБОУ «СОШ № 1», утвержденным приказом от 01.09.2025 № 181-од');
      expect(text).toContain('Наставляемый: Петров Иван Сергеевич, учитель математики.');
      expect(text).toContain('индивидуальное наставничество, форма наставничества «педагог – педагог».');
      expect(text).toContain('Срок выполнения работы по наставничеству: с 01.10.2025 по 31.05.2026.');
      expect(text).toContain(
        'устанавливается выплата за наставничество в размере 3000 рублей в месяц в соответствии с пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 1». Выплата за наставничество производится ежемесячно',
      );
      expect(text).not.toMatch(/доплат/i);
      expect(text).toContain('а Работодатель — досрочно отменить поручение о ее выполнении, предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня');
      expect(text).toContain('вступает в силу с 01.10.2025');
      expect(text).toContain('Работодатель:');
      expect(text).toContain('О.А. Киреева');
      expect(text).toContain('Работник:');
      expect(text).toContain('М.П. Иванова');
      expect(text).toContain('Второй экземпляр соглашения получила:');
    }
    expect(docx).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 12');
    expect(docx).toContain('2.1. оказание наставляемому помощи в профессиональной адаптации');
  });

  it('has the founder sign for a school head who mentors: she cannot sign an agreement with herself', async () => {
    const input = copy(example) as Record<string, unknown>;
    input.mentor = { person: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна' }, position: 'директор' };
    input.founder = {
      name: 'Муниципальное казенное учреждение «Управление образования Администрации города Бийска»',
      signer: { person: { lastName: 'Колесникова', firstName: 'Наталья', middleName: 'Викторовна' }, position: 'Начальник управления образования' },
      authority: 'Положения об Управлении образования',
    };
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    for (const text of [docx, pdf]) {
      expect(text).toContain(
        '«Управление образования Администрации города Бийска», осуществляющее полномочия работодателя в отношении руководителя МБОУ «СОШ № 1» (далее — Работодатель), в лице начальника управления образования Колесниковой Натальи Викторовны, действующей на основании Положения об Управлении образования, с одной стороны, и Киреева Ольга Алексеевна, директор (далее — Работник)',
      );
      expect(text).toContain('Н.В. Колесникова');
    }
    expect(docx).not.toContain('в лице директора Киреевой');
  });

  it('lists several mentees of a group and validates the group', async () => {
    const group = copy(example);
    group.kind = 'group';
    group.mentees.push({ person: { lastName: 'Соколова', firstName: 'Дарья', middleName: 'Игоревна' }, position: 'учитель химии' });
    const { docx } = await renderTexts(build(schema.parse(group)));
    expect(docx).toContain('Наставляемые: Петров Иван Сергеевич, учитель математики; Соколова Дарья Игоревна, учитель химии.');
    expect(docx).toContain('групповое наставничество');
    group.mentees.pop();
    expectRussianIssue(schema, group, ['mentees']);
  });

  it('accepts the default content and payment terms', () => {
    expect(() => schema.parse({ ...copy(example), content: MENTORING_WORK_CONTENT, paymentTerms: PAYMENT_TERMS })).not.toThrow();
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.paymentSize = `3000 рублей ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`в размере 3000 рублей ${HOSTILE} в соответствии с пунктом 4.5`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and a term over a year with Russian messages', () => {
    const huge = copy(example);
    huge.mentees[0].person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentees', '0', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), end: '2026-12-31' }, ['end']);
  });
});
