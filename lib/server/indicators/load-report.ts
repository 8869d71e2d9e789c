// The indicators of one unit — the region, a district or a school of the caller's scope —
// on a reference date: its totals, and one row per district (for the region) or per
// school (for a district), with every school's own counts for exports and the note.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations, type Organization } from '@/db/schema';
import { type Level, sumCounts, type UnitCounts } from '@/lib/domain/indicators/compute';
import { type PlanOfYear, planForYear } from '@/lib/domain/students/indicators';
import { orgsInScope, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '../read-all';
import { type CountPart, loadSchoolCounts, type SchoolCounts } from './school-counts';
import { loadStudentPlans } from './student-plans';

export interface ReportRow {
  id: string;
  name: string;
  counts: UnitCounts;
}

export interface IndicatorReport {
  referenceDate: string;
  unit: Pick<Organization, 'id' | 'kind' | 'shortName' | 'fullName' | 'parentId' | 'headPosition' | 'headLastName' | 'headFirstName' | 'headMiddleName'>;
  level: Level;
  total: UnitCounts;
  /** Districts of a region, or schools of a district (or the one school). */
  rows: ReportRow[];
  schools: SchoolCounts[];
  /** The student model's plan of the reference date's year (the region's, or seed 002's). */
  studentPlan: PlanOfYear;
}

async function districtsOf(db: Db | Tx, scope: Scope, regionId: string) {
  return db
    .select({ id: organizations.id, name: organizations.shortName })
    .from(organizations)
    .where(and(eq(organizations.parentId, regionId), eq(organizations.kind, 'municipality'), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, organizations.id);
}

/** `parts` limits the counts computed (see loadSchoolCounts); the others stay 0. */
export async function loadIndicatorReport(
  db: Db | Tx,
  scope: Scope,
  input: { unitId?: string; referenceDate: string; parts?: readonly CountPart[] },
): Promise<IndicatorReport> {
  const unit = await requireOrgInScope(db, scope, input.unitId ?? scope.orgId);
  const [schools, plans, districts] = await readAll(db, [
    () => loadSchoolCounts(db, scope, unit.path, input.referenceDate, input.parts),
    () => loadStudentPlans(db, scope),
    async () => (unit.kind === 'region' ? districtsOf(db, scope, unit.id) : []),
  ]);
  let rows: ReportRow[];
  if (unit.kind === 'region') {
    const byDistrict = new Map<string, UnitCounts[]>();
    for (const s of schools) {
      const list = byDistrict.get(s.districtId) ?? [];
      list.push(s.counts);
      byDistrict.set(s.districtId, list);
    }
    rows = districts.map((d) => ({ ...d, counts: sumCounts(byDistrict.get(d.id) ?? []) }));
  } else {
    rows = schools.map((s) => ({ id: s.id, name: s.name, counts: s.counts }));
  }
  return {
    referenceDate: input.referenceDate,
    unit,
    level: unit.kind,
    total: sumCounts(schools.map((s) => s.counts)),
    rows,
    schools,
    studentPlan: planForYear(Number(input.referenceDate.slice(0, 4)), plans),
  };
}
