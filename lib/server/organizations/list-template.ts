// The blank of an organization list import as XLSX: the header row the parser recognizes and
// one example row to overwrite, so a list filled in from it imports without renaming columns.
import 'server-only';
import ExcelJS from 'exceljs';

export async function listTemplateXlsx(sheetName: string, columns: { header: string; example: string; width: number }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(columns.map((c) => c.example));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The download response of a template. */
export function xlsxResponse(bytes: Buffer, filename: string, asciiName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
    },
  });
}
