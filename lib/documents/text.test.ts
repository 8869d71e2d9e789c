import { describe, expect, it } from 'vitest';
import { cleanText, numberItems, splitParagraphs, styledRuns } from './text';

describe('cleanText', () => {
  it('ties «№» to its number so a line never ends with it', () => {
    expect(cleanText('от 25.05.2022 № 701 и №  12')).toBe('от 25.05.2022 №\u00A0701 и №\u00A012');
    expect(cleanText('№ ')).toBe('№ ');
  });

  it('drops characters XML cannot carry and keeps everything else', () => {
    expect(cleanText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf')).toBe('abcdef');
    expect(cleanText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(cleanText('emoji 😀 𝔘 <&>"\'')).toBe('emoji 😀 𝔘 <&>"\'');
  });

  it('turns CR and CRLF into LF and tabs into spaces', () => {
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
  });
});

describe('styledRuns and splitParagraphs', () => {
  it('applies the base style unless a run sets its own', () => {
    expect(styledRuns(['a', { text: 'b', bold: false, italic: true }], { bold: true })).toEqual([
      { text: 'a', bold: true, italic: false, underline: false },
      { text: 'b', bold: false, italic: true, underline: false },
    ]);
  });

  it('starts a paragraph at each newline, keeping run styles', () => {
    const paragraphs = splitParagraphs(styledRuns(['one\ntwo', { text: ' bold\n', bold: true }, 'three']));
    expect(paragraphs.map((p) => p.map((r) => r.text).join('|'))).toEqual(['one', 'two| bold', 'three']);
    expect(paragraphs[1][1].bold).toBe(true);
  });
});

describe('numberItems', () => {
  it('numbers nested points 1., 2., 2.1., 2.1.1. from the start given', () => {
    const items = numberItems(
      [{ text: 'a' }, { text: 'b', children: [{ text: 'c', children: [{ text: 'd' }] }, { text: 'e' }] }],
      3,
    );
    expect(items.map((i) => `${i.number}${i.depth}`)).toEqual(['3.0', '4.0', '4.1.1', '4.1.1.2', '4.2.1']);
  });
});
