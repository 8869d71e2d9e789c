import { describe, expect, it } from 'vitest';
import { shortenAtWord } from './shorten';

describe('shortenAtWord', () => {
  it('keeps a short text as it is', () => {
    expect(shortenAtWord('О закреплении пар', 80)).toBe('О закреплении пар');
  });

  it('cuts after the last whole word that fits and adds an ellipsis', () => {
    const title = 'Об утверждении Положения о системе наставничества педагогических работников в МБОУ «СОШ № 1»';
    const short = shortenAtWord(title, 60);
    expect(short).toBe('Об утверждении Положения о системе наставничества…');
    expect(short.length).toBeLessThanOrEqual(60);
    // The old slice cut «педагогических» in the middle.
    expect(title.slice(0, 60)).toMatch(/педагогиче$/);
  });

  it('drops the punctuation the cut falls after', () => {
    expect(shortenAtWord('Список пар, наставников, наставляемых и кураторов', 27)).toBe('Список пар, наставников…');
  });

  it('cuts a single word longer than the limit within the limit', () => {
    expect(shortenAtWord('Щ'.repeat(100), 10)).toBe(`${'Щ'.repeat(9)}…`);
  });
});
