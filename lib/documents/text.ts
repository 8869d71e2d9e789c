// Text normalisation shared by both renderers: the one place that makes any string safe
// to put into a document, and the conversions of model runs and numbered items into lines.
import type { NumberedItem, Run } from './model';

/** The characters cleanText changes; most text has none and passes through untouched. */
const MAY_NEED_CLEANING = /[\u0000-\u0009\u000B-\u001F\u2116\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and newlines, unpaired
 * surrogates, U+FFFE/U+FFFF) are dropped; tabs become spaces (the model has no tab stops);
 * CR and CRLF become LF. «№» is tied to its number with a no-break space, so a line never
 * ends with a bare «№».
 */
export function cleanText(s: string): string {
  if (!MAY_NEED_CLEANING.test(s)) return s;
  return s
    .replace(/№ +(?=\S)/g, '№\u00A0')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export function styledRuns(runs: Run[] | string, base: { bold?: boolean; italic?: boolean } = {}): StyledRun[] {
  const list = typeof runs === 'string' ? [runs] : runs;
  return list.map((run) =>
    typeof run === 'string'
      ? { text: cleanText(run), bold: base.bold ?? false, italic: base.italic ?? false, underline: false }
      : {
          text: cleanText(run.text),
          bold: run.bold ?? base.bold ?? false,
          italic: run.italic ?? base.italic ?? false,
          underline: run.underline ?? false,
        },
  );
}

/**
 * Splits runs at newlines: a newline in model text starts a new paragraph with the same
 * formatting (a manual line break would be stretched by justification in Word).
 */
export function splitParagraphs(runs: StyledRun[]): StyledRun[][] {
  const paragraphs: StyledRun[][] = [[]];
  for (const run of runs) {
    // Most runs hold no newline: they are kept as they are rather than copied.
    if (!run.text.includes('\n')) {
      if (run.text) paragraphs[paragraphs.length - 1].push(run);
      continue;
    }
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1].push({ ...run, text: part });
    });
  }
  return paragraphs;
}

export interface NumberedParagraph {
  /** '1.', '2.1.' */
  number: string;
  depth: number;
  runs: StyledRun[];
}

/** Flattens nested points into paragraphs numbered 1., 2., 2.1. … (stable plain text, not Word lists). */
export function numberItems(items: NumberedItem[], start = 1): NumberedParagraph[] {
  const out: NumberedParagraph[] = [];
  const walk = (list: NumberedItem[], prefix: string, first: number, depth: number) => {
    list.forEach((item, i) => {
      const number = `${prefix}${first + i}.`;
      out.push({ number, depth, runs: styledRuns(item.text) });
      if (item.children?.length) walk(item.children, number, 1, depth + 1);
    });
  };
  walk(items, '', start, 0);
  return out;
}

/** Cell or line text split into paragraphs, empty paragraphs kept (they hold space). */
export function plainParagraphs(s: string): string[] {
  return cleanText(s).split('\n');
}
