import { describe, expect, it } from 'vitest';
import { plural } from './plural';

const forms: [string, string, string] = ['пара', 'пары', 'пар'];

describe('plural', () => {
  it.each([1, 21, 101, 1001, 31])('%i takes the "one" form', (n) => {
    expect(plural(n, forms)).toBe('пара');
  });

  it.each([2, 3, 4, 22, 23, 24, 102, 1034])('%i takes the "few" form', (n) => {
    expect(plural(n, forms)).toBe('пары');
  });

  it.each([0, 5, 10, 11, 12, 13, 14, 15, 19, 20, 25, 100, 111, 112, 113, 114, 1011])('%i takes the "many" form', (n) => {
    expect(plural(n, forms)).toBe('пар');
  });

  it('uses the absolute value of negative numbers', () => {
    expect(plural(-1, forms)).toBe('пара');
    expect(plural(-12, forms)).toBe('пар');
  });

  it('uses the "few" form for fractions, as in «1,5 пары»', () => {
    expect(plural(1.5, forms)).toBe('пары');
    expect(plural(0.5, forms)).toBe('пары');
  });
});
