// The municipal base of mentors and curators as an XLSX workbook written straight into a
// stream (exceljs' streaming writer): rows are committed as they are read, a few schools
// at a time, so the export of a large region never holds the whole base in memory.
// Cell values are plain strings: a name starting with «=» stays text, never a formula.
import 'server-only';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '@/db/client';
import type { Scope } from '@/lib/server/auth/scope';
import { curatorsOf, mentorsOf, schoolBatches, TRAINING_LABELS } from './mentors';

export async function writeMunicipalBaseXlsx(db: Db, scope: Scope, q: string, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Наставник';
  const batches = await schoolBatches(db, scope);

  const mentors = workbook.addWorksheet('Наставники', { views: [{ state: 'frozen', ySplit: 1 }] });
  mentors.columns = [
    { header: '№', width: 6 },
    { header: 'Организация', width: 40 },
    { header: 'Ф.И.О.', width: 36 },
    { header: 'Должность', width: 30 },
    { header: 'Предметы', width: 30 },
    { header: 'Компетенции', width: 50 },
    { header: 'Обучение наставников', width: 18 },
    { header: 'Наставляемых сейчас', width: 14 },
    { header: 'Предел', width: 10 },
  ];
  mentors.getRow(1).font = { bold: true };
  let no = 0;
  for (const schoolIds of batches) {
    for (const m of await mentorsOf(db, scope, { q, schoolIds })) {
      mentors.addRow([++no, m.school, m.fullName, m.position, m.subjects.join(', '), m.competences.join('; '), TRAINING_LABELS[m.training], m.load, m.limit]).commit();
    }
  }
  mentors.commit();

  const curators = workbook.addWorksheet('Кураторы', { views: [{ state: 'frozen', ySplit: 1 }] });
  curators.columns = [
    { header: '№', width: 6 },
    { header: 'Организация', width: 40 },
    { header: 'Ф.И.О.', width: 36 },
    { header: 'Должность', width: 30 },
    { header: 'Эл. почта', width: 32 },
  ];
  curators.getRow(1).font = { bold: true };
  no = 0;
  for (const schoolIds of batches) {
    for (const c of await curatorsOf(db, scope, { q, schoolIds })) curators.addRow([++no, c.school, c.fullName, c.position, c.email]).commit();
  }
  curators.commit();
  await workbook.commit();
}
