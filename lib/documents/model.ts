// The document model: what a template returns and what the renderers draw.
// Plain data only, so a template never knows whether it becomes DOCX or PDF
// (lib/documents/docx.ts and lib/documents/pdf.ts are the only format-aware modules).
import type { ImageFormat } from './image';

/** A run of text inside a paragraph. */
export type Run = string | { text: string; bold?: boolean; italic?: boolean; underline?: boolean };

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A numbered point of an order or a section of a regulation; children become 1.1, 1.2 … */
export interface NumberedItem {
  text: Run[] | string;
  children?: NumberedItem[];
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderers scale the widths to the text area. */
  width: number;
  align?: Align;
}

/** A body row, or a section row that spans every column (e.g. «1. Нормативно-правовое обеспечение»). */
export type TableRow = { cells: string[] } | { section: string };

export type Block =
  /**
   * Organization's full name over the document type, centred, e.g. «МУНИЦИПАЛЬНОЕ … (МБОУ «СОШ № 1»)»;
   * `details` are the reference data of a letterhead under it (address, phone, e-mail, ОГРН, ИНН), smaller and not bold.
   */
  | { kind: 'orgHeader'; lines: string[]; details?: string[] }
  /** A raster image (the emblem of a letterhead) of the given printed size, on a line of its own. */
  | { kind: 'image'; format: ImageFormat; bytes: Uint8Array; widthMm: number; heightMm: number; align?: Align }
  /** «ПРИКАЗ», «ПОЛОЖЕНИЕ», «СОГЛАСИЕ» … centred, bold, spaced. */
  | { kind: 'docType'; text: string }
  /** Date on the left and «№ 181-од» on the right of one line. */
  | { kind: 'dateNumber'; date: string; number: string }
  /** Place of issue, centred («г. Бийск»). */
  | { kind: 'place'; text: string }
  /** The document's title («Об утверждении …»), bold. */
  | { kind: 'title'; text: string; align?: Align }
  /** A section heading inside a long document («1. Общие положения»), centred bold. */
  | { kind: 'heading'; text: string }
  /** Body text; `indent` applies the 1.25 cm first-line indent. */
  | { kind: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean; keepWithNext?: boolean }
  /** The directive word of an order: «п р и к а з ы в а ю:». */
  | { kind: 'directive'; text: string }
  /** Numbered points (1., 2., 2.1. …), justified, first-line indent. */
  | { kind: 'numbered'; items: NumberedItem[]; start?: number }
  /**
   * A bordered table whose header row repeats on every page. Font 12 pt, or 11 pt when its
   * words do not fit their columns otherwise (lib/documents/table-columns.ts).
   */
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[]; caption?: string }
  /**
   * Approval stamps in the right corner, each at most 8 cm wide («УТВЕРЖДЕНО / приказом … / от … № …»).
   * Several stamps (ПРИНЯТО / СОГЛАСОВАНО / УТВЕРЖДЕНО) stand side by side.
   */
  | { kind: 'stamps'; stamps: string[][] }
  /** «Приложение № 1 к приказу … от … № …», right-aligned, at most 8 cm wide. */
  | { kind: 'annexCaption'; lines: string[] }
  /** Position on the left (may be several lines), «А.А. Иванова» on the right. */
  | { kind: 'signature'; position: string[]; name: string }
  /** Signature lines for forms: a label and an empty line to sign on, e.g. «(подпись) (расшифровка)». */
  | { kind: 'signLine'; left: string; right?: string }
  | { kind: 'spacer'; lines?: number }
  /**
   * A new page; with `restartPageNumbers` it starts another document printed in the same file
   * (a bundle of forms), which numbers its own pages from 1, its first page unnumbered. With
   * `orientation` the pages from here on are portrait or landscape (a wide annex table), their
   * numbers continuing.
   */
  | { kind: 'pageBreak'; restartPageNumbers?: boolean; orientation?: 'portrait' | 'landscape' };

export interface DocumentModel {
  /** Title shown in file metadata and the register. */
  title: string;
  /** 30 mm for documents kept over 10 years (orders), 20 mm otherwise. */
  leftMarginMm?: 20 | 30;
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
}
