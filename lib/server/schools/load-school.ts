// One organization of the caller's subtree with its accounts, for its page.
import 'server-only';
import type { Db, Tx } from '@/db/client';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { listUsers } from '@/lib/server/users/list-users';

export async function loadSchool(db: Db | Tx, scope: Scope, id: unknown) {
  const org = await requireOrgInScope(db, scope, id);
  const accounts = await listUsers(db, scope, org.id);
  return { org, accounts };
}
