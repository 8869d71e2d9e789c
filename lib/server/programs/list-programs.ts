// The programs page: every pair that has or may have a ППН (forming, active, completed)
// with its program's progress, and every mentee of a forming or active pair with the ИОМ card.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { programs } from '@/db/schema';
import { planRows } from '@/lib/domain/school/program-data';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { listPairs } from '../pairs/list-pairs';

export interface ProgramProgress {
  id: string;
  done: number;
  total: number;
}

function progress(p: { id: string; data: unknown }): ProgramProgress {
  const rows = planRows(p.data as Parameters<typeof planRows>[0]);
  return { id: p.id, done: rows.filter((r) => r.doneOn).length, total: rows.length };
}

export async function listPrograms(db: Db, scope: Scope) {
  const [pairs, rows] = await Promise.all([
    listPairs(db, scope, { statuses: ['forming', 'active', 'completed'] }),
    db
      .select({ id: programs.id, kind: programs.kind, pairId: programs.pairId, personId: programs.personId, data: programs.data })
      .from(programs)
      .where(and(eq(programs.organizationId, scope.orgId), inScope(scope, programs.organizationId))),
  ]);
  const ppn = new Map(rows.filter((r) => r.kind === 'ppn' && r.pairId).map((r) => [r.pairId!, progress(r)]));
  const iom = new Map(rows.filter((r) => r.kind === 'iom' && r.personId).map((r) => [r.personId!, progress(r)]));
  const mentees = new Map<
    string,
    { person: (typeof pairs)[number]['mentees'][number]; mentor: (typeof pairs)[number]['mentor']; iom: ProgramProgress | null }
  >();
  for (const p of pairs) {
    if (p.pair.status === 'completed') continue;
    for (const m of p.mentees) mentees.set(m.id, { person: m, mentor: p.mentor, iom: iom.get(m.id) ?? null });
  }
  return {
    pairs: pairs.map((p) => ({ ...p, ppn: ppn.get(p.pair.id) ?? null })),
    mentees: [...mentees.values()],
  };
}
