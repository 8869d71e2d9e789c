// Printing a program: /programs/<id>/print/program.pdf | program.docx, rendered from its template.
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { programFile } from '@/lib/server/programs/program-file';
import { scopedRoute } from '@/lib/server/scoped-read';

const FORMATS: Record<string, 'pdf' | 'docx'> = { 'program.pdf': 'pdf', 'program.docx': 'docx' };

export const GET = scopedRoute<{ id: string; file: string }>('mentoring.manage', async ({ read }, { id, file }) => {
  const format = FORMATS[file];
  if (!format) return textResponse(404, 'Файл не найден.');
  const f = await read(programFile, id, format);
  return fileResponse(f.bytes, f.filename, f.contentType);
});
