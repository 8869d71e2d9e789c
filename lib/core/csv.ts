// CSV as the app writes it for spreadsheets (Excel, LibreOffice): ';' between cells, every
// cell quoted. A cell that starts with = + - @ (or a tab or carriage return) would be read
// as a formula — a title like «=HYPERLINK(…)» typed by a user would run in the reader's
// spreadsheet — so it gets a leading apostrophe, which spreadsheets show as plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const csvRow = (cells: (string | number | null | undefined)[]) => cells.map(csvCell).join(';');
