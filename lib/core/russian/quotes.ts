// Russian quotation marks: «ёлочки» outside, „лапки“ for a quotation inside a quotation.

const OPENERS = new Set(['«', '„']);
const CLOSERS = new Set(['»', '“', '”']);

// A straight quote opens at the start of the text or after a space or an opening bracket or quote.
function opensHere(text: string, i: number): boolean {
  return i === 0 || /[\s(«„\[]/.test(text[i - 1]);
}

function isOpening(text: string, i: number): boolean {
  return OPENERS.has(text[i]) || (text[i] === '"' && opensHere(text, i));
}

function isClosing(text: string, i: number): boolean {
  return CLOSERS.has(text[i]) || (text[i] === '"' && !opensHere(text, i));
}

/** Re-marks the quotation marks inside `text` as if it were itself quoted `depth` levels deep. */
function requote(text: string, depth: number): string {
  let level = depth;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (isOpening(text, i)) {
      level++;
      out += level % 2 === 1 ? '«' : '„';
    } else if (isClosing(text, i) && level > depth) {
      out += level % 2 === 1 ? '»' : '“';
      level--;
    } else {
      out += text[i];
    }
  }
  return out;
}

// True when the first character opens a quotation that the last character closes: «МБОУ „СОШ № 1“».
function isWhollyQuoted(text: string): boolean {
  if (text[0] !== '«' || text[text.length - 1] !== '»') return false;
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    if (isOpening(text, i)) level++;
    else if (isClosing(text, i)) level--;
    if (level === 0) return i === text.length - 1;
  }
  return false;
}

/** 'СОШ № 1' → '«СОШ № 1»'; 'МБОУ «СОШ № 1»' → '«МБОУ „СОШ № 1“»'; already quoted text is kept. */
export function quote(s: string): string {
  const text = s.trim();
  const inner = isWhollyQuoted(text) ? text.slice(1, -1) : text;
  return `«${requote(inner, 1)}»`;
}
