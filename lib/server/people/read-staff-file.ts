// Step 1 of the staff import: the uploaded file → its rows, the guessed header row and the
// guessed column mapping. Nothing is stored: the browser keeps the rows for the next steps
// and the server checks them again at each step.
import 'server-only';
import { type ColumnMapping, detectHeaderRow, guessMapping } from '@/lib/domain/import/columns';
import { readSheet } from '@/lib/domain/import/read-sheet';
import type { OpContext } from '../context';
import { ownSchool } from './school-staff';

export interface StaffSheet {
  fileName: string;
  rows: string[][];
  headerRow: number;
  mapping: ColumnMapping;
}

export async function readStaffFile(ctx: OpContext, input: { file: File }): Promise<StaffSheet> {
  await ownSchool(ctx.tx, ctx.scope);
  const rows = await readSheet(new Uint8Array(await input.file.arrayBuffer()), input.file.name);
  const headerRow = detectHeaderRow(rows);
  return { fileName: input.file.name.slice(0, 200), rows, headerRow, mapping: guessMapping(rows[headerRow] ?? []) };
}
