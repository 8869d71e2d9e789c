// «Журнал действий»: the audit rows of the caller's subtree, newest first, a page at a time,
// with the people who appear in it for the filter. Every filter narrows inside the scope:
// an actor id or an action from the URL never widens what is seen.
import 'server-only';
import { and, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, organizations, users } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { AUDIT_PAGE_SIZE, type AuditQuery } from '@/lib/domain/audit/query';
import { assertCan } from '@/lib/domain/permissions';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  /** The name the entry recorded for its object (a person, an organization, a file), if any. */
  subject: string | null;
  organization: string | null;
  ip: string | null;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  pages: number;
  /** Everyone with an entry in the scope, for the person filter. */
  actors: { id: string; name: string }[];
}

/** Local midnight of an ISO day: the range is the days as the server's clock reads them. */
const startOf = (iso: string) => new Date(`${iso}T00:00:00`);

/** A readable name from the recorded values, never the values themselves. */
const name = (side: typeof auditLog.after | typeof auditLog.before) =>
  sql<string | null>`coalesce(${side}->>'fullName', ${side}->>'shortName', nullif(concat_ws(' ', ${side}->>'lastName', ${side}->>'firstName', ${side}->>'middleName'), ''), ${side}->>'file', ${side}->>'email')`;

export async function listAudit(db: Db, scope: Scope, query: AuditQuery): Promise<AuditPage> {
  assertCan(scope, 'audit.view');
  const where = and(
    inScope(scope, auditLog.organizationId),
    query.actor ? eq(auditLog.actorUserId, query.actor) : undefined,
    query.action ? eq(auditLog.action, query.action) : undefined,
    query.from ? gte(auditLog.at, startOf(query.from)) : undefined,
    query.to ? lt(auditLog.at, startOf(addDays(query.to, 1))) : undefined,
  );
  const [rows, [total], actorIds] = await readAll(db, [
    () =>
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          actorName: users.fullName,
          actorRole: users.role,
          action: auditLog.action,
          subject: sql<string | null>`left(coalesce(${name(auditLog.after)}, ${name(auditLog.before)}), 200)`,
          organization: organizations.shortName,
          ip: auditLog.ip,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .leftJoin(organizations, eq(organizations.id, auditLog.organizationId))
        .where(where)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(AUDIT_PAGE_SIZE)
        .offset((query.page - 1) * AUDIT_PAGE_SIZE),
    () => db.select({ n: count() }).from(auditLog).where(where),
    () =>
      db
        .selectDistinct({ id: auditLog.actorUserId })
        .from(auditLog)
        .where(and(inScope(scope, auditLog.organizationId), sql`${auditLog.actorUserId} is not null`)),
  ]);
  const ids = actorIds.map((a) => a.id).filter((id): id is string => id !== null);
  const actors = ids.length
    ? await db.select({ id: users.id, name: users.fullName }).from(users).where(inArray(users.id, ids)).orderBy(users.fullName)
    : [];
  const n = total?.n ?? 0;
  return { rows, total: n, pages: Math.max(1, Math.ceil(n / AUDIT_PAGE_SIZE)), actors };
}
