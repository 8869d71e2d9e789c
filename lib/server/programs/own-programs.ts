// A teacher's own programs: the ППН of the pairs they mentor and their own ИОМ card, while the
// pair is forming or active. The mentor marks the plan rows as the year goes (the school's
// curator and head may mark any program of the school).
import 'server-only';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { mentorPairMentees, mentorPairs, people, type Program, programs } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { planRows } from '@/lib/domain/school/program-data';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { loadProgram } from './load-program';

const LIVE_PAIR = ['forming', 'active'] as const;

/** Whether `personId` marks `program` as its own: the mentor of its pair, or the teacher of an ИОМ. */
async function isOwn(db: Db | Tx, program: Program, personId: string): Promise<boolean> {
  if (program.kind === 'iom') return program.personId === personId;
  if (!program.pairId) return false;
  const [pair] = await db
    .select({ id: mentorPairs.id })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.id, program.pairId), eq(mentorPairs.mentorId, personId), inArray(mentorPairs.status, [...LIVE_PAIR])));
  return Boolean(pair);
}

/** A program the caller may mark, locked for the update; anyone else's is "not found". */
export async function loadMarkableProgram(tx: Tx, scope: Scope, rawId: unknown): Promise<Program> {
  const program = await loadProgram(tx, scope, rawId, { forUpdate: true });
  if (can(scope, 'mentoring.manage')) return program;
  if (scope.personId && (await isOwn(tx, program, scope.personId))) return program;
  throw notFound('Программа');
}

export interface OwnProgram {
  id: string;
  title: string;
  rows: ReturnType<typeof planRows>;
}

export async function listOwnPrograms(db: Db, scope: Scope): Promise<OwnProgram[]> {
  const personId = scope.personId;
  if (!personId) return [];
  const rows = await db
    .select({ program: programs })
    .from(programs)
    .leftJoin(mentorPairs, eq(mentorPairs.id, programs.pairId))
    .where(
      and(
        inScope(scope, programs.organizationId),
        or(
          and(eq(programs.kind, 'ppn'), eq(mentorPairs.mentorId, personId), inArray(mentorPairs.status, [...LIVE_PAIR])),
          and(eq(programs.kind, 'iom'), eq(programs.personId, personId)),
        ),
      ),
    )
    .orderBy(programs.kind, programs.createdAt);
  const pairIds = rows.flatMap((r) => (r.program.pairId ? [r.program.pairId] : []));
  const mentees = pairIds.length
    ? await db
        .select({ pairId: mentorPairMentees.pairId, lastName: people.lastName, firstName: people.firstName, middleName: people.middleName })
        .from(mentorPairMentees)
        .innerJoin(people, eq(people.id, mentorPairMentees.personId))
        .where(inArray(mentorPairMentees.pairId, pairIds))
    : [];
  return rows.map(({ program }) => ({
    id: program.id,
    title:
      program.kind === 'iom'
        ? 'Индивидуальный образовательный маршрут (ИОМ)'
        : `ППН: ${mentees
            .filter((m) => m.pairId === program.pairId)
            .map((m) => initialsAfter(m))
            .join(', ')}`,
    rows: planRows(program.data as Parameters<typeof planRows>[0]),
  }));
}
