// Step 2 of the staff import: every row checked as the commit will check it — the same
// schema, dates, and duplicates against the school's current staff — for the preview table.
import 'server-only';
import type { Tx } from '@/db/client';
import { checkStaffRows, type StaffCheck } from '@/lib/domain/import/staff-rows';
import type { StaffImportInput } from '@/lib/domain/validations/person';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { knownStaff, ownSchool } from './school-staff';

export async function checkAgainstStaff(tx: Tx, organizationId: string, input: StaffImportInput): Promise<StaffCheck> {
  return checkStaffRows(input, await knownStaff(tx, organizationId), todayIso());
}

export async function previewStaffImport(ctx: OpContext, input: StaffImportInput): Promise<StaffCheck> {
  const org = await ownSchool(ctx.tx, ctx.scope);
  return checkAgainstStaff(ctx.tx, org.id, input);
}
