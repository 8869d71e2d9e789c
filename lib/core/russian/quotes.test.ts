import { describe, expect, it } from 'vitest';
import { quote } from './quotes';

describe('quote', () => {
  it('wraps plain text in «ёлочки»', () => {
    expect(quote('СОШ № 1')).toBe('«СОШ № 1»');
  });

  it('turns quotes already inside into „лапки“', () => {
    expect(quote('МБОУ «СОШ № 1»')).toBe('«МБОУ „СОШ № 1“»');
  });

  it('handles several inner quotations', () => {
    expect(quote('Программа «Учитель» для МБОУ «СОШ № 1»')).toBe('«Программа „Учитель“ для МБОУ „СОШ № 1“»');
  });

  it('treats straight double quotes as inner quotes', () => {
    expect(quote('МБОУ "СОШ № 1"')).toBe('«МБОУ „СОШ № 1“»');
  });

  it('alternates «» and „“ on deeper levels', () => {
    expect(quote('Приказ «Об утверждении положения „О наставничестве в «СОШ № 1»“»')).toBe(
      '«Приказ „Об утверждении положения «О наставничестве в „СОШ № 1“»“»',
    );
  });

  it('leaves text already wrapped in one pair of «» as it is', () => {
    expect(quote('«СОШ № 1»')).toBe('«СОШ № 1»');
    expect(quote(quote('МБОУ «СОШ № 1»'))).toBe('«МБОУ „СОШ № 1“»');
  });

  it('does not mistake two separate quotations for one wrapping pair', () => {
    expect(quote('«Учитель» и «Ученик»')).toBe('«„Учитель“ и „Ученик“»');
  });

  it('trims surrounding whitespace', () => {
    expect(quote('  СОШ № 1 ')).toBe('«СОШ № 1»');
  });
});
