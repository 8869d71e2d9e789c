// A school's monitoring figures: its indicator counts computed from its data on a date,
// and a fingerprint that lets the school confirm exactly the figures it was shown.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Db, Tx } from '@/db/client';
import { notFound } from '@/lib/core/errors';
import type { UnitCounts } from '@/lib/domain/indicators/compute';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { loadSchoolCounts } from '../indicators/school-counts';

/** What monitoring_submissions.figures holds. */
export interface SchoolFigures {
  referenceDate: string;
  counts: UnitCounts;
}

export async function computeSchoolFigures(db: Db | Tx, scope: Scope, schoolId: string, referenceDate: string): Promise<SchoolFigures> {
  const school = await requireOrgInScope(db, scope, schoolId);
  const [row] = await loadSchoolCounts(db, scope, school.path, referenceDate);
  if (!row || school.kind !== 'school') throw notFound('Образовательная организация');
  return { referenceDate, counts: row.counts };
}

export function figuresVersion(f: SchoolFigures): string {
  return createHash('sha256').update(JSON.stringify(f)).digest('hex');
}
