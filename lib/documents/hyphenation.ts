// Russian hyphenation by patterns (`hyphen`, the TeX patterns LibreOffice's and TeX's
// dictionaries come from), applied only to words wider than the room they are set in: such a
// word would otherwise be cut wherever the line ends («наставничес|тва»). The points become
// soft hyphens (U+00AD) in the text both renderers receive, so the PDF breaks at them and Word,
// LibreOffice and МойОфис see the same points in the DOCX (as <w:softHyphen/>) — no reader's
// own dictionary is needed, and none breaks elsewhere. Ordinary text is left unhyphenated, as
// official documents usually are.
import { hyphenateSync } from 'hyphen/ru';

export const SOFT_HYPHEN = '\u00AD';

/** Letters kept together at either end of a word: Russian rules leave no single letter behind. */
const MIN_LETTERS = 2;
const LETTER = /\p{L}/u;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The word with soft hyphens at its pattern points, at least two letters from either end. */
export function hyphenateWord(word: string): string {
  let out = cache.get(word);
  if (out !== undefined) return out;
  const marked = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN });
  out = '';
  let letters = 0;
  const total = [...word].filter((c) => LETTER.test(c)).length;
  for (const char of marked) {
    if (char === SOFT_HYPHEN) {
      if (letters >= MIN_LETTERS && total - letters >= MIN_LETTERS) out += char;
      continue;
    }
    if (LETTER.test(char)) letters++;
    out += char;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * The text with soft hyphens in every word wider than `room` (a no-break space binds words into
 * one). `measure` gives a word's width in the unit of `room`.
 */
export function hyphenateWide(text: string, room: number, measure: (word: string) => number): string {
  // No word is wider than the whole text: one (cached) measure spares most cells the word by word check.
  if (text.length < 4 || measure(text) <= room) return text;
  return text.replace(/[^ \n\t]+/g, (word) => (word.length >= 4 && measure(word) > room ? hyphenateWord(word) : word));
}

export const withoutSoftHyphens = (text: string) => (text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text);
