import { describe, expect, it } from 'vitest';
import { termText } from './term';

describe('term text', () => {
  it('writes a term with both dates', () => {
    expect(termText('2025-10-01', '2026-05-31')).toBe('с 01.10.2025 по 31.05.2026');
  });
});
