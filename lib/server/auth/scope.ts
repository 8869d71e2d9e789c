// Tenancy: the one module that decides what part of the organization tree a user may touch.
// A user's scope is the subtree of their organization (region → municipalities → schools).
// Every query on tenant data filters with `inScope`, every id from a request is checked
// with `requireOrgInScope` or loaded through a scoped where-clause.
import { and, eq, gt, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { type Organization, organizations, users, userSessions } from '@/db/schema';
import { type Gender, notFound } from '@/lib/core/errors';
import type { Role } from '@/lib/domain/permissions';

export interface Scope {
  userId: string;
  role: Role;
  fullName: string;
  personId: string | null;
  orgId: string;
  orgKind: Organization['kind'];
  orgPath: string;
  orgShortName: string;
  /** A one-time password is in use: nothing but the password change until it is replaced. */
  mustChangePassword: boolean;
  /** Agreed to electronic HR documents: only then does an in-app acknowledgement count. */
  electronicHrConsent: boolean;
  /** The server-side session the request came with; null for scopes built by scripts and tests. */
  sessionId: string | null;
}

type Reader = Db | Tx;

const scopeColumns = {
  userId: users.id,
  role: users.role,
  fullName: users.fullName,
  personId: users.personId,
  orgId: organizations.id,
  orgKind: organizations.kind,
  orgPath: organizations.path,
  orgShortName: organizations.shortName,
  mustChangePassword: users.mustChangePassword,
  electronicHrConsent: users.electronicHrConsent,
};

/** Resolves an active user's scope, or null for an unknown or disabled account. */
export async function loadScope(db: Reader, userId: string): Promise<Scope | null> {
  if (!z.uuid().safeParse(userId).success) return null;
  const [row] = await db
    .select(scopeColumns)
    .from(users)
    .innerJoin(organizations, eq(users.organizationId, organizations.id))
    .where(and(eq(users.id, userId), eq(users.isActive, true)))
    .limit(1);
  return row ? { ...row, sessionId: null } : null;
}

/**
 * The scope of a request's session: the account must be active and the server-side session
 * row alive (not signed out, not ended by a password change, reset or disabling). One query:
 * it runs on every request.
 */
export async function loadSessionScope(db: Reader, userId: string, sessionId: unknown): Promise<Scope | null> {
  if (!z.uuid().safeParse(userId).success || !z.uuid().safeParse(sessionId).success) return null;
  const sid = sessionId as string;
  const [row] = await db
    .select(scopeColumns)
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .innerJoin(organizations, eq(users.organizationId, organizations.id))
    .where(
      and(
        eq(userSessions.id, sid),
        eq(users.id, userId),
        eq(users.isActive, true),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row ? { ...row, sessionId: sid } : null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Organizations inside the scope, as a where-clause on `organizations`. */
export function orgsInScope(scope: Scope): SQL {
  return like(organizations.path, `${escapeLike(scope.orgPath)}%`);
}

/** A where-clause for any table with an organization id column: the row belongs to the subtree. */
export function inScope(scope: Scope, orgIdColumn: AnyPgColumn): SQL {
  return sql`${orgIdColumn} in (select ${organizations.id} from ${organizations} where ${orgsInScope(scope)})`;
}

/** Loads an organization by an id taken from a request; anything outside the scope is "not found". */
export async function requireOrgInScope(db: Reader, scope: Scope, orgId: unknown): Promise<Organization> {
  const id = z.uuid().safeParse(orgId);
  if (!id.success) throw notFound('Организация');
  const [org] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id.data), orgsInScope(scope)))
    .limit(1);
  if (!org) throw notFound('Организация');
  return org;
}

/** Checks that an id from a request is a UUID, so a forged value never reaches SQL as an error. */
export function parseId(raw: unknown, what = 'Запись', gender: Gender = 'feminine'): string {
  const id = z.uuid().safeParse(raw);
  if (!id.success) throw notFound(what, gender);
  return id.data;
}

