// Facts of the student path for the school dashboard: counts of the school's own rows (the
// caller's organization, filtered by scope), never a child's data.
import 'server-only';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, pupils, studentMentees, studentMentors, studentPairMeetings, studentPairs } from '@/db/schema';
import type { DocState } from '@/lib/domain/school/path';
import type { StudentFacts } from '@/lib/domain/students/path';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { listStudentPairs } from './pairs-read';

async function docState(db: Db, scope: Scope, template: string): Promise<DocState> {
  const [row] = await db
    .select({ status: documents.status })
    .from(documents)
    .where(and(eq(documents.organizationId, scope.orgId), inScope(scope, documents.organizationId), eq(documents.template, template)))
    .orderBy(sql`${documents.status} = 'draft'`, desc(documents.createdAt))
    .limit(1);
  if (!row) return 'none';
  return row.status === 'draft' ? 'draft' : 'issued';
}

const count = async (db: Db, table: typeof pupils | typeof studentMentees | typeof studentPairMeetings, scope: Scope) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(and(eq(table.organizationId, scope.orgId), inScope(scope, table.organizationId))))[0]!.n;

export async function loadStudentFacts(db: Db, scope: Scope): Promise<StudentFacts> {
  const mine = and(eq(studentMentors.organizationId, scope.orgId), inScope(scope, studentMentors.organizationId));
  const [mentors] = await db
    .select({
      all: sql<number>`count(*)::int`,
      selected: sql<number>`count(*) filter (where ${studentMentors.selected})::int`,
      trained: sql<number>`count(*) filter (where ${studentMentors.selected} and ${studentMentors.training} = 'completed')::int`,
    })
    .from(studentMentors)
    .where(mine);
  const statuses = await db
    .select({ status: studentPairs.status, n: sql<number>`count(*)::int`, withResults: sql<number>`count(*) filter (where ${isNotNull(studentPairs.results)} and ${studentPairs.status} = 'active')::int` })
    .from(studentPairs)
    .where(and(eq(studentPairs.organizationId, scope.orgId), inScope(scope, studentPairs.organizationId)))
    .groupBy(studentPairs.status);
  const pairs = { forming: 0, active: 0, completed: 0, terminated: 0 };
  for (const s of statuses) pairs[s.status] = s.n;
  const open = await listStudentPairs(db, scope, { statuses: ['forming', 'active'], organizationId: scope.orgId });
  return {
    introOrder: await docState(db, scope, 'student-intro-order'),
    pupils: await count(db, pupils, scope),
    mentees: await count(db, studentMentees, scope),
    mentors: mentors!.all,
    mentorsSelected: mentors!.selected,
    mentorsTrained: mentors!.trained,
    pairs,
    pairsMissingConsents: open.filter((p) => !p.complete).length,
    pairOrder: await docState(db, scope, 'student-pair-order'),
    meetings: await count(db, studentPairMeetings, scope),
    pairsWithResults: statuses.reduce((a, s) => a + s.withResults, 0),
    resultsOrder: await docState(db, scope, 'student-results-order'),
  };
}
