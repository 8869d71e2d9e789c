// Every text of a built document through the typographic rules of lib/core/russian/typeset:
// templates write ordinary spaces, and the one place that builds a document from a
// definition (defineTemplate) puts the no-break spaces in, so no template can forget them.
import { typeset } from '@/lib/core/russian/typeset';
import type { Block, DocumentModel, NumberedItem, Run } from '@/lib/documents/model';

const run = (r: Run): Run => (typeof r === 'string' ? typeset(r) : { ...r, text: typeset(r.text) });
const lines = (texts: string[]) => texts.map(typeset);

function item(i: NumberedItem): NumberedItem {
  return {
    ...i,
    text: typeof i.text === 'string' ? typeset(i.text) : i.text.map(run),
    ...(i.children ? { children: i.children.map(item) } : {}),
  };
}

function block(b: Block): Block {
  switch (b.kind) {
    case 'orgHeader':
      return { ...b, lines: lines(b.lines), ...(b.details ? { details: lines(b.details) } : {}) };
    case 'place':
    case 'title':
    case 'heading':
      return { ...b, text: typeset(b.text) };
    case 'paragraph':
      return { ...b, runs: b.runs.map(run) };
    case 'numbered':
      return { ...b, items: b.items.map(item) };
    case 'table':
      return {
        ...b,
        columns: b.columns.map((c) => ({ ...c, header: typeset(c.header) })),
        rows: b.rows.map((r) => ('cells' in r ? { ...r, cells: lines(r.cells) } : { ...r, section: typeset(r.section) })),
        ...(b.caption === undefined ? {} : { caption: typeset(b.caption) }),
      };
    case 'stamps':
      return { ...b, stamps: b.stamps.map(lines) };
    case 'annexCaption':
      return { ...b, lines: lines(b.lines) };
    case 'signature':
      return { ...b, position: lines(b.position), name: typeset(b.name) };
    case 'signLine':
      return { ...b, left: typeset(b.left), ...(b.right === undefined ? {} : { right: typeset(b.right) }) };
    // The date, the number and the letter-spaced directive have no words to tie.
    case 'docType':
    case 'dateNumber':
    case 'directive':
    case 'spacer':
    case 'pageBreak':
    case 'image':
      return b;
    default:
      return b;
  }
}

/** The document with no-break spaces where Russian typography ties words. */
export function typesetModel(model: DocumentModel): DocumentModel {
  return { ...model, blocks: model.blocks.map(block) };
}
