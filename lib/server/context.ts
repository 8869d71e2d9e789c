// The context every domain operation runs in: a transaction, the caller's scope, and an
// audit writer bound to both. Server actions build it through `scopedAction`; tests and
// scripts build it with `runInScope` directly.
import 'server-only';
import type { Db, Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import { clientAddressOf } from '@/lib/server/auth/client-address';
import type { Scope } from '@/lib/server/auth/scope';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  /** The organization the change belongs to; the actor's own by default. */
  organizationId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface OpContext {
  tx: Tx;
  scope: Scope;
  audit(event: AuditEvent): Promise<void>;
}

/** The request's client address (as scripts/server.cjs resolved it) and browser. */
export function requestMetaOf(get: (name: string) => string | null): RequestMeta {
  const ip = clientAddressOf(get);
  return { ip: ip === 'local' ? null : ip, userAgent: get('user-agent') };
}

/** One audit row: the actor and the request's address from the caller, the rest from the event. */
export async function writeAudit(db: Db | Tx, scope: Scope, meta: RequestMeta, e: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: scope.userId,
    organizationId: e.organizationId ?? scope.orgId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
}

export function runInScope<T>(db: Db, scope: Scope, meta: RequestMeta, body: (ctx: OpContext) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => body({ tx, scope, audit: (e) => writeAudit(tx, scope, meta, e) }));
}
