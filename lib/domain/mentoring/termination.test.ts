import { describe, expect, it } from 'vitest';
import { schema } from '@/templates/pair-termination-order/schema';
import { build } from '@/templates/pair-termination-order/template';
import type { PersonRow } from './staff';
import { terminationOrderData, terminationProblems } from './termination';

const base = { today: '2026-11-25', orderIssueDate: '2026-10-01', pairEnd: '2027-05-31' };

describe('terminationProblems', () => {
  it('accepts the earliest end after three working days and anything later within the term', () => {
    expect(terminationProblems({ ...base, noticeDate: '2026-11-25', endDate: '2026-12-01' })).toEqual({});
    expect(terminationProblems({ ...base, noticeDate: '2026-11-25', endDate: '2027-05-31' })).toEqual({});
  });

  it('refuses a shorter notice, naming the earliest date', () => {
    expect(terminationProblems({ ...base, noticeDate: '2026-11-25', endDate: '2026-11-30' })).toEqual({
      endDate: ['Не раньше 01.12.2026: уведомляют не позднее чем за три рабочих дня (ст. 351.8 ТК РФ).'],
    });
  });

  it('refuses a notice in the future or before the pair order, and an end after the term', () => {
    expect(terminationProblems({ ...base, noticeDate: '2026-11-26', endDate: '2026-12-31' }).noticeDate).toEqual(['Дата уведомления не может быть позже сегодняшней.']);
    expect(terminationProblems({ ...base, noticeDate: '2026-09-30', endDate: '2026-12-31' }).noticeDate).toEqual([
      'Уведомление не может быть раньше приказа о закреплении (01.10.2026).',
    ]);
    expect(terminationProblems({ ...base, noticeDate: '2026-11-25', endDate: '2027-06-01' }).endDate).toEqual(['Срок наставничества и так заканчивается 31.05.2027.']);
  });
});

describe('terminationOrderData', () => {
  const person = (id: string, lastName: string, firstName: string, middleName: string): PersonRow => ({
    id,
    lastName,
    firstName,
    middleName,
    genderOverride: null,
    position: 'учитель физики',
  });

  it('builds a valid amending order citing the agreement, the payment left to the personnel order', () => {
    const { data, listed } = terminationOrderData({
      org: {
        fullName: 'Муниципальное бюджетное общеобразовательное учреждение «СОШ № 1»',
        shortName: 'МБОУ «СОШ № 1»',
        city: 'Бийск',
        headPosition: 'Директор',
        head: { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна' },
        orderSuffix: '-од',
      },
      legalBases: [],
      pairOrder: { date: '2026-10-01', number: '5-од' },
      agreement: { date: '2026-09-20', number: '7' },
      paid: true,
      mentor: person('m', 'Журавлёв', 'Пётр', 'Николаевич'),
      mentees: [person('a', 'Седых', 'Илья', 'Андреевич')],
      reason: { kind: 'refusal', noticeDate: '2026-11-25', incomingNumber: '41' },
      endDate: '2026-12-01',
      curator: null,
    });
    expect(listed.map((p) => p.id)).toEqual(['m', 'a']);
    const text = JSON.stringify(build(schema.parse(data)).blocks);
    expect(text).toContain('Досрочно прекратить с 01.12.2026 наставничество учителя физики Журавлёва Петра Николаевича');
    expect(text).toContain('приказом от 01.10.2026 № 5-од');
    expect(text).toContain('порученной дополнительным соглашением к трудовому договору от 20.09.2026 № 7, полученного 25.11.2026 (вх. № 41)');
    expect(text).toContain('Прекращение выплаты за наставничество с 01.12.2026 оформить приказом по личному составу.');
    expect(text).not.toContain('доплат');
  });
});
