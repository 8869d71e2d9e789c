import { describe, expect, it } from 'vitest';
import { formatNumber, formatSeriesNumber, numberingYear } from './numbering';

describe('formatNumber', () => {
  it('puts the organization suffix after the number', () => {
    expect(formatNumber(100, '-д')).toBe('100-д');
    expect(formatNumber(181, '-од')).toBe('181-од');
    expect(formatNumber(701, '')).toBe('701');
    expect(formatNumber(7, ' -О ')).toBe('7-О');
  });

  it('refuses a zero, negative or fractional sequence', () => {
    expect(() => formatNumber(0, '-д')).toThrow(RangeError);
    expect(() => formatNumber(-1, '')).toThrow(RangeError);
    expect(() => formatNumber(1.5, '')).toThrow(RangeError);
  });
});

describe('numberingYear', () => {
  it('is the calendar year of the issue date', () => {
    expect(numberingYear('2024-12-31')).toBe(2024);
    expect(numberingYear('2025-01-01')).toBe(2025);
  });
});

describe('formatSeriesNumber', () => {
  const suffixes = { general: '-од', personnel: '-лс' };
  it('gives orders the school suffix of their series and agreements and notices their own prefix', () => {
    expect(formatSeriesNumber('general', 12, suffixes)).toBe('12-од');
    expect(formatSeriesNumber('personnel', 3, suffixes)).toBe('3-лс');
    expect(formatSeriesNumber('agreement', 2, suffixes)).toBe('ДС-2');
    expect(formatSeriesNumber('notice', 1, suffixes)).toBe('У-1');
  });
});
