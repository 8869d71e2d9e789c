import { describe, expect, it } from 'vitest';
import { schema } from '@/templates/pair-order/schema';
import { build } from '@/templates/pair-order/template';
import { pairOrderData, schoolYearPeriod } from './pair-order-data';
import type { PersonRow } from './staff';

const person = (id: string, lastName: string, firstName: string, middleName: string, position: string): PersonRow => ({
  id,
  lastName,
  firstName,
  middleName,
  genderOverride: null,
  position,
});

const ivanova = person('1', 'Иванова', 'Мария', 'Петровна', 'учитель математики');
const petrov = person('2', 'Петров', 'Иван', 'Сергеевич', 'учитель математики');
const sedykh = person('3', 'Седых', 'Илья', 'Андреевич', 'учитель физической культуры');
const curator = person('4', 'Воронцова', 'Ирина', 'Николаевна', 'заместитель директора по УВР');

const org = {
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
  shortName: 'МБОУ «СОШ № 1»',
  city: 'Бийск',
  headPosition: 'Директор',
  head: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна' },
  orderSuffix: '-од',
};

describe('schoolYearPeriod', () => {
  it('names the school year when every term lies in it', () => {
    expect(schoolYearPeriod([{ start: '2026-09-01', end: '2027-05-31' }, { start: '2027-01-10', end: '2027-08-31' }])).toBe('на 2026/2027 учебный год');
  });

  it('never names one school year over a term that runs into the next', () => {
    // The old title took the starts alone: «на 2025/2026 учебный год» over a term ending 30.09.2026.
    expect(schoolYearPeriod([{ start: '2025-10-01', end: '2026-09-30' }])).toBe('на 2025/2026 и 2026/2027 учебные годы');
    expect(schoolYearPeriod([{ start: '2026-08-01', end: '2026-12-31' }, { start: '2026-09-01', end: '2027-02-28' }])).toBe('на 2025/2026 и 2026/2027 учебные годы');
    expect(schoolYearPeriod([{ start: '2025-10-01', end: '2026-05-31' }, { start: '2027-09-01', end: '2027-12-31' }])).toBeNull();
  });
});

describe('pairOrderData', () => {
  const built = pairOrderData({
    org,
    legalBases: [{ title: 'статьей 351.8 Трудового кодекса Российской Федерации' }],
    regulation: { date: '2026-09-01', number: '181-од' },
    pairs: [
      { mentor: ivanova, mentees: [petrov], form: 'педагог – педагог', start: '2026-10-01', end: '2027-05-31', agreement: { date: '2026-09-25', number: '12' }, basis: 'agreement' },
      { mentor: ivanova, mentees: [sedykh, curator], form: 'учитель – учитель', start: '2026-10-01', end: '2027-03-31', agreement: null, basis: 'job_function' },
    ],
    curator,
  });

  it('lists pairs and groups, and everyone once on the acknowledgement sheet', () => {
    expect(built.title).toBe('О закреплении наставнических пар (групп) на 2026/2027 учебный год');
    expect(built.data.pairs.map((p) => p.kind)).toEqual(['pair', 'group']);
    expect(built.listed.map((p) => p.lastName)).toEqual(['Иванова', 'Петров', 'Седых', 'Воронцова']);
    expect(built.data.acknowledgement).toHaveLength(4);
  });

  it('is valid template data that reads as an order', () => {
    const model = build(schema.parse(built.data));
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной');
    expect(text).toContain('утвержденным приказом от 01.09.2026 № 181-од');
    expect(text).toContain('на период с 01.10.2026 по 31.05.2027, форма наставничества «педагог – педагог» (дополнительное соглашение к трудовому договору от 25.09.2026 № 12).');
    expect(text).toContain('форма наставничества «учитель – учитель» в рамках трудовой функции по занимаемой должности.');
    expect(text).not.toMatch(/доплат|выплату .* в размере/);
  });
});
