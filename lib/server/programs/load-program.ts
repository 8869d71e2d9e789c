// Loads a program (ППН or ИОМ) by an id from a request, only inside the caller's subtree;
// writers lock it.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Program, programs } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';

export async function loadProgram(db: Db | Tx, scope: Scope, rawId: unknown, opts: { forUpdate?: boolean } = {}): Promise<Program> {
  const id = parseId(rawId, 'Программа');
  const query = db
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), inScope(scope, programs.organizationId)))
    .limit(1);
  const [program] = opts.forUpdate ? await query.for('update') : await query;
  if (!program) throw notFound('Программа');
  return program;
}
