// Facts of the student path for the school dashboard: counts of the school's own rows (the
// caller's organization, filtered by scope), never a child's data. The counts are one
// statement: the dashboard renders after every write in the school, and a round trip each
// cost more than the counting.
import 'server-only';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { documents, organizations, pupils, studentMentees, studentMentors, studentPairMeetings, studentPairs } from '@/db/schema';
import type { DocState } from '@/lib/domain/school/path';
import type { StudentFacts } from '@/lib/domain/students/path';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';
import { listStudentPairs } from './pairs-read';

const own = (column: AnyPgColumn) => sql`${column} = ${organizations.id}`;
const countOf = (table: PgTable & { organizationId: AnyPgColumn }, where: SQL = sql`true`) =>
  sql<number>`(select count(*)::int from ${table} where ${own(table.organizationId)} and ${where})`;
const pairsIn = (status: (typeof studentPairs.status.enumValues)[number]) => countOf(studentPairs, sql`${studentPairs.status} = ${status}`);
/** The school's latest document of a template, a draft counting only when nothing is issued. */
const docStatus = (template: string) =>
  sql<string | null>`(select ${documents.status}::text from ${documents} where ${own(documents.organizationId)} and ${documents.template} = ${template}
    order by ${documents.status} = 'draft', ${documents.createdAt} desc limit 1)`;
const docState = (status: string | null): DocState => (status === null ? 'none' : status === 'draft' ? 'draft' : 'issued');

export async function loadStudentFacts(db: Db, scope: Scope): Promise<StudentFacts> {
  const [[row], open] = await readAll(db, [
    () =>
      db
        .select({
          introOrder: docStatus('student-intro-order'),
          pupils: countOf(pupils),
          mentees: countOf(studentMentees),
          mentors: countOf(studentMentors),
          mentorsSelected: countOf(studentMentors, sql`${studentMentors.selected}`),
          mentorsTrained: countOf(studentMentors, sql`${studentMentors.selected} and ${studentMentors.training} = 'completed'`),
          forming: pairsIn('forming'),
          active: pairsIn('active'),
          completed: pairsIn('completed'),
          terminated: pairsIn('terminated'),
          pairOrder: docStatus('student-pair-order'),
          meetings: countOf(studentPairMeetings),
          pairsWithResults: countOf(studentPairs, sql`${studentPairs.status} = 'active' and ${studentPairs.results} is not null`),
          resultsOrder: docStatus('student-results-order'),
        })
        .from(organizations)
        .where(and(eq(organizations.id, scope.orgId), orgsInScope(scope))),
    () => listStudentPairs(db, scope, { statuses: ['forming', 'active'], organizationId: scope.orgId }),
  ] as const);
  if (!row) throw new Error('The scope organization is missing');
  return {
    introOrder: docState(row.introOrder),
    pupils: row.pupils,
    mentees: row.mentees,
    mentors: row.mentors,
    mentorsSelected: row.mentorsSelected,
    mentorsTrained: row.mentorsTrained,
    pairs: { forming: row.forming, active: row.active, completed: row.completed, terminated: row.terminated },
    pairsMissingConsents: open.filter((p) => !p.complete).length,
    pairOrder: docState(row.pairOrder),
    meetings: row.meetings,
    pairsWithResults: row.pairsWithResults,
    resultsOrder: docState(row.resultsOrder),
  };
}
