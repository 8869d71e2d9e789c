// The district progress board: every school of the caller's subtree against the nine
// steps of the school path, computed from the same facts as each school's own path page.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';
import type { ProgressRow } from '@/lib/domain/district/progress-query';
import { EMPTY_FACTS, schoolPath } from '@/lib/domain/school/path';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { loadSchoolsFacts } from '../dashboard/school-facts';

const district = alias(organizations, 'district');

export interface BoardRow extends ProgressRow {
  /** Per step: what is missing, shown as the cell's tooltip. */
  notes: string[];
}

export async function loadProgressBoard(db: Db, scope: Scope): Promise<{ rows: BoardRow[]; stepTitles: string[] }> {
  const schools = await db
    .select({ id: organizations.id, shortName: organizations.shortName, fullName: organizations.fullName, districtName: district.shortName })
    .from(organizations)
    .innerJoin(district, eq(organizations.parentId, district.id))
    .where(and(eq(organizations.kind, 'school'), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`);
  const facts = await loadSchoolsFacts(db, scope, schools.map((s) => s.id));
  const rows = schools.map((s) => {
    const steps = schoolPath(facts.get(s.id) ?? EMPTY_FACTS);
    return {
      ...s,
      states: steps.map((st) => st.state),
      notes: steps.map((st) => st.next),
      done: steps.filter((st) => st.state === 'done').length,
    };
  });
  return { rows, stepTitles: schoolPath(EMPTY_FACTS).map((s) => s.title) };
}
