import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseSheetDate } from './dates';

describe('parseSheetDate', () => {
  it('reads dd.mm.yyyy, d.m.yyyy, dd/mm/yyyy and a trailing «г.»', () => {
    expect(parseSheetDate('05.11.2019')).toEqual({ ok: true, date: '2019-11-05' });
    expect(parseSheetDate('5.1.2019')).toEqual({ ok: true, date: '2019-01-05' });
    expect(parseSheetDate('05/11/2019')).toEqual({ ok: true, date: '2019-11-05' });
    expect(parseSheetDate(' 05.11.2019 г. ')).toEqual({ ok: true, date: '2019-11-05' });
  });

  it('reads ISO dates, with a time part from a spreadsheet export', () => {
    expect(parseSheetDate('2019-11-05')).toEqual({ ok: true, date: '2019-11-05' });
    expect(parseSheetDate('2019-11-05T00:00:00.000Z')).toEqual({ ok: true, date: '2019-11-05' });
  });

  it('refuses impossible calendar dates with a Russian reason', () => {
    expect(parseSheetDate('31.02.2020')).toEqual({ ok: false, error: '«31.02.2020» — такой даты нет в календаре' });
    expect(parseSheetDate('29.02.2021')).toMatchObject({ ok: false });
    expect(parseSheetDate('29.02.2020')).toEqual({ ok: true, date: '2020-02-29' });
    expect(parseSheetDate('2020-13-01')).toMatchObject({ ok: false, error: expect.stringContaining('нет в календаре') });
  });

  it('refuses two-digit years, words and bare years', () => {
    expect(parseSheetDate('05.11.19')).toMatchObject({ ok: false, error: expect.stringContaining('ДД.ММ.ГГГГ') });
    expect(parseSheetDate('вчера')).toMatchObject({ ok: false });
    expect(parseSheetDate('1995')).toMatchObject({ ok: false });
  });

  it('reads Excel serial numbers in the 1900 date system', () => {
    expect(parseSheetDate('43774')).toEqual({ ok: true, date: '2019-11-05' });
    expect(parseSheetDate('43774.75')).toEqual({ ok: true, date: '2019-11-05' });
    expect(excelSerialToIso(43890)).toBe('2020-02-29');
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
  });
});
