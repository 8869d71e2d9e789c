// The read boundary beside `scopedAction`: pages, layouts and route handlers get the signed-in
// user's scope, the permission check and a reader through `scopedPage` / `scopedRoute`, and
// call named read operations of lib/server with it. Nothing above this layer holds a
// database connection; every read op takes (db, scope, ...args) and filters by the scope.
import 'server-only';
import { type Db, getDb } from '@/db/client';
import { can, type Permission } from '@/lib/domain/permissions';
import type { Scope } from './auth/scope';
import { currentScope, requirePageScope } from './auth/session';
import { type AuditEvent, requestMetaOf, writeAudit } from './context';
import { appErrorResponse, textResponse } from './http-response';

export type ReadOp<A extends unknown[], T> = (db: Db, scope: Scope, ...args: A) => Promise<T>;

export interface ScopedReader {
  scope: Scope;
  /** Runs a read operation of lib/server with the caller's scope. */
  read<A extends unknown[], T>(op: ReadOp<A, T>, ...args: A): Promise<T>;
}

/** A route handler's reader also records what it hands out (personal data, archives) in the audit log. */
export interface ScopedRouteReader extends ScopedReader {
  audit(event: AuditEvent): Promise<void>;
}

function readerFor(scope: Scope): ScopedReader {
  const db = getDb();
  return { scope, read: (op, ...args) => op(db, scope, ...args) };
}

/** For pages and layouts: the scope (or a redirect to the login page), the permission (or 403) and a reader. */
export async function scopedPage(permission?: Permission, opts: { allowWithOneTimePassword?: boolean } = {}): Promise<ScopedReader> {
  return readerFor(await requirePageScope(permission, opts.allowWithOneTimePassword));
}

/**
 * For route handlers (downloads, exports): 401 without a session, 403 without the permission,
 * an AppError as its Russian answer with the right status; the handler only builds the response.
 */
export function scopedRoute<P>(
  /** null: any signed-in user; the read operation decides what they may see. */
  permission: Permission | null,
  handler: (reader: ScopedRouteReader, params: P, req: Request) => Promise<Response>,
): (req: Request, ctx: { params: Promise<P> }) => Promise<Response> {
  return async (req, { params }) => {
    const scope = await currentScope();
    if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
    if (scope.mustChangePassword) return textResponse(403, 'Сначала смените временный пароль.');
    if (permission && !can(scope, permission)) return textResponse(403, 'Недостаточно прав для этого действия.');
    try {
      const meta = requestMetaOf((name) => req.headers.get(name));
      const audit = (event: AuditEvent) => writeAudit(getDb(), scope, meta, event);
      return await handler({ ...readerFor(scope), audit }, await params, req);
    } catch (e) {
      return appErrorResponse(e);
    }
  };
}
