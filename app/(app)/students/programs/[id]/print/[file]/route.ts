// A student pair's program: /students/programs/<id>/print/program.pdf | program.docx, rendered with the current marks.
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';
import { studentProgramFile } from '@/lib/server/students/programs';

const FORMATS: Record<string, 'pdf' | 'docx'> = { 'program.pdf': 'pdf', 'program.docx': 'docx' };

export const GET = scopedRoute<{ id: string; file: string }>('students.manage', async ({ read }, { id, file }) => {
  const format = FORMATS[file];
  if (!format) return textResponse(404, 'Файл не найден.');
  const f = await read(studentProgramFile, id, format);
  return fileResponse(f.bytes, f.filename, f.contentType);
});
