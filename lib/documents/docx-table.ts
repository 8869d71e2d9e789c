// The model's data tables as WordprocessingML, written as docx's serialisable objects by a
// custom component. A table is where a document's volume lives (a 600-row annex), and docx's
// object per cell, paragraph and run triples the time to pack it; here a cell costs a few
// plain objects. Text is escaped by docx's serialiser like any other.
import { FileChild, type IXmlableObject } from 'docx';
import type { Align, Block, TableColumn } from './model';
import { plainParagraphs } from './text';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Paragraph styles the document defines for table text (12 pt; the heading bold and centred). */
export const TABLE_STYLES = { text: 'TableText', heading: 'TableHeading', section: 'TableSection' } as const;

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

const attr = (attributes: Record<string, string | number>) => ({ _attr: attributes });
const border = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' };

/** Column widths in twips, scaled so that they fill the table width exactly. */
export function columnTwips(columns: TableColumn[], totalTw: number): number[] {
  const weights = columns.map((c) => Math.max(c.width, 0.01));
  const sum = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * totalTw));
  widths[widths.length - 1] += totalTw - widths.reduce((s, w) => s + w, 0);
  return widths;
}

// The serialiser only reads these objects, so the ones every cell repeats are shared.
const PRESERVE_SPACE = attr({ 'xml:space': 'preserve' });
const paragraphProperties = new Map<string, IXmlableObject>();

function propertiesOf(style: string, align: Align = 'left'): IXmlableObject {
  const key = `${style}/${align}`;
  let properties = paragraphProperties.get(key);
  if (!properties) {
    const list: IXmlableObject[] = [{ 'w:pStyle': attr({ 'w:val': style }) }];
    if (align !== 'left') list.push({ 'w:jc': attr({ 'w:val': JC[align] }) });
    properties = { 'w:pPr': list };
    paragraphProperties.set(key, properties);
  }
  return properties;
}

function paragraph(text: string, style: string, align?: Align): IXmlableObject {
  const properties = propertiesOf(style, align);
  return { 'w:p': text ? [properties, { 'w:r': [{ 'w:t': [PRESERVE_SPACE, text] }] }] : [properties] };
}

/**
 * A cell; `widthTw` is given for the header row and spanning cells only: with a fixed layout
 * the grid and the first row set the widths, and a fifth fewer elements per cell pack faster.
 */
function cell(text: string, style: string, o: { widthTw?: number; align?: Align; span?: number; centred?: boolean } = {}): IXmlableObject {
  const properties: IXmlableObject[] = [];
  if (o.widthTw) properties.push({ 'w:tcW': attr({ 'w:w': o.widthTw, 'w:type': 'dxa' }) });
  if (o.span && o.span > 1) properties.push({ 'w:gridSpan': attr({ 'w:val': o.span }) });
  if (o.centred) properties.push({ 'w:vAlign': attr({ 'w:val': 'center' }) });
  const content = plainParagraphs(text).map((part) => paragraph(part, style, o.align));
  return { 'w:tc': properties.length ? [{ 'w:tcPr': properties }, ...content] : content };
}

const HEADER_ROW = { 'w:trPr': [{ 'w:cantSplit': {} }, { 'w:tblHeader': {} }] };
const BODY_ROW = { 'w:trPr': [{ 'w:cantSplit': {} }] };

export class DataTable extends FileChild {
  constructor(
    private readonly block: TableBlock,
    private readonly widthTw: number,
    private readonly cellMarginsTw: { vertical: number; horizontal: number },
  ) {
    super('w:tbl');
  }

  override prepForXml(): IXmlableObject {
    const { columns, rows } = this.block;
    const widths = columnTwips(columns, this.widthTw);
    const margin = (side: string, w: number) => ({ [`w:${side}`]: attr({ 'w:w': w, 'w:type': 'dxa' }) });
    const { vertical, horizontal } = this.cellMarginsTw;
    const tableProperties = {
      'w:tblPr': [
        { 'w:tblW': attr({ 'w:w': this.widthTw, 'w:type': 'dxa' }) },
        { 'w:tblBorders': ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => ({ [`w:${side}`]: attr(border) })) },
        { 'w:tblLayout': attr({ 'w:type': 'fixed' }) },
        { 'w:tblCellMar': [margin('top', vertical), margin('left', horizontal), margin('bottom', vertical), margin('right', horizontal)] },
      ],
    };
    const grid = { 'w:tblGrid': widths.map((w) => ({ 'w:gridCol': attr({ 'w:w': w }) })) };
    const header = {
      'w:tr': [HEADER_ROW, ...columns.map((c, i) => cell(c.header, TABLE_STYLES.heading, { widthTw: widths[i], centred: true }))],
    };
    const body = rows.map((row) => ({
      'w:tr': [
        BODY_ROW,
        ...('section' in row
          ? [cell(row.section, TABLE_STYLES.section, { widthTw: this.widthTw, span: columns.length })]
          : columns.map((c, i) => cell(row.cells[i] ?? '', TABLE_STYLES.text, { align: c.align }))),
      ],
    }));
    return { 'w:tbl': [tableProperties, grid, header, ...body] };
  }
}
