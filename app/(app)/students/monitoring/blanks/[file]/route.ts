// /students/monitoring/blanks/questionnaires.pdf | questionnaires.docx: the blank questionnaires to print.
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';
import { questionnaireBlanksFile } from '@/lib/server/students/questionnaires';

const FORMATS: Record<string, 'pdf' | 'docx'> = { 'questionnaires.pdf': 'pdf', 'questionnaires.docx': 'docx' };

export const GET = scopedRoute<{ file: string }>('programs.mark', async ({ read }, { file }) => {
  const format = FORMATS[file];
  if (!format) return textResponse(404, 'Файл не найден.');
  const f = await read(questionnaireBlanksFile, format);
  return fileResponse(f.bytes, f.filename, f.contentType);
});
