// One staff record by an id from a URL or a form: anything outside the caller's scope, or
// not an id at all, is "not found".
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Person, people } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';

export const PERSON_WHAT = 'Запись о сотруднике';

export async function loadPerson(db: Db | Tx, scope: Scope, rawId: unknown): Promise<Person> {
  const id = parseId(rawId, PERSON_WHAT);
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), inScope(scope, people.organizationId)))
    .limit(1);
  if (!person) throw notFound(PERSON_WHAT);
  return person;
}
