// The class-list import: the uploaded XLSX/CSV read, its header row and columns guessed, every
// row checked (the preview), then all rows written in one transaction or none. The browser
// keeps the rows between the steps; the server checks them again at the commit.
import 'server-only';
import { guardians, pupils } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { plural } from '@/lib/core/russian';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { checkPupilRows, detectPupilHeaderRow, guessPupilMapping, type PupilCheck, type PupilMapping } from '@/lib/domain/students/import-pupils';
import type { PupilImportInput } from '@/lib/domain/validations/students-people';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { knownPupils, lockStudentSchool, ownStudentSchool, pupilColumns } from './pupils';

export interface PupilSheet {
  fileName: string;
  rows: string[][];
  headerRow: number;
  mapping: PupilMapping;
  check: PupilCheck;
}

export async function readPupilFile(ctx: OpContext, input: { file: File }): Promise<PupilSheet> {
  const org = await ownStudentSchool(ctx.tx, ctx.scope);
  const rows = await readSheet(new Uint8Array(await input.file.arrayBuffer()), input.file.name);
  const headerRow = detectPupilHeaderRow(rows);
  const mapping = guessPupilMapping(rows[headerRow] ?? []);
  const check = checkPupilRows({ rows, headerRow, mapping, defaultClass: '' }, await knownPupils(ctx.tx, org.id), todayIso());
  return { fileName: input.file.name.slice(0, 200), rows, headerRow, mapping, check };
}

export async function previewPupilImport(ctx: OpContext, input: PupilImportInput): Promise<PupilCheck> {
  const org = await ownStudentSchool(ctx.tx, ctx.scope);
  return checkPupilRows(input, await knownPupils(ctx.tx, org.id), todayIso());
}

export async function importPupils(ctx: OpContext, input: PupilImportInput): Promise<{ count: number; guardians: number }> {
  const org = await lockStudentSchool(ctx);
  const check = checkPupilRows(input, await knownPupils(ctx.tx, org.id), todayIso());
  if (check.errorLines.length) {
    const errors = check.rows.flatMap((r) => r.errors);
    const shown = errors.slice(0, 5).join(' ');
    const rest = errors.length - 5;
    const more = rest > 0 ? ` И ещё ${rest} ${plural(rest, ['ошибка', 'ошибки', 'ошибок'])}.` : '';
    const n = check.errorLines.length;
    throw new AppError('VALIDATION', `Ничего не записано: ошибки в ${n} ${plural(n, ['строке', 'строках', 'строках'])}, исправьте файл и загрузите его снова. ${shown}${more}`);
  }
  const ok = check.rows.filter((r) => r.pupil);
  if (ok.length === 0) throw new AppError('VALIDATION', 'В файле нет строк с обучающимися под строкой заголовков.');
  // Ids made here pair each parent with their child without relying on the order RETURNING gives.
  const created = ok.map(() => ({ id: crypto.randomUUID() }));
  await ctx.tx.insert(pupils).values(ok.map((r, i) => ({ id: created[i]!.id, organizationId: org.id, ...pupilColumns(r.pupil!) })));
  const parents = ok.flatMap((r, i) =>
    r.guardian ? [{ organizationId: org.id, pupilId: created[i]!.id, ...r.guardian }] : [],
  );
  if (parents.length) await ctx.tx.insert(guardians).values(parents);
  await ctx.audit({ action: 'pupils.import', entity: 'pupil', organizationId: org.id, after: { count: created.length, guardians: parents.length } });
  return { count: created.length, guardians: parents.length };
}
