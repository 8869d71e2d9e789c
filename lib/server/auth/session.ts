// The scope of the signed-in user for pages, route handlers and server actions.
import 'server-only';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getToken } from 'next-auth/jwt';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { can, type Permission } from '@/lib/domain/permissions';
import { loadSessionScope, type Scope } from './scope';

/**
 * Once per request: the session cookie → the user's current scope (re-read, so a disabled
 * account loses access at once). The JWT is decoded directly rather than through
 * getServerSession, which runs the whole auth handler and re-encrypts the token each time.
 */
export const currentScope = cache(async (): Promise<Scope | null> => {
  const token = await getToken({ req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]['req'] });
  const userId = typeof token?.uid === 'string' ? token.uid : null;
  if (!userId) return null;
  return loadSessionScope(getDb(), userId, token?.sid);
});

async function hadSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.getAll().some((c) => c.name.endsWith('next-auth.session-token'));
}

/** For pages: the scope, or a redirect to the login page (with a reason when a cookie was there but is not valid). */
export async function requirePageScope(permission?: Permission, allowWithOneTimePassword = false): Promise<Scope> {
  const scope = await currentScope();
  if (!scope) redirect((await hadSessionCookie()) ? '/login?reason=session' : '/login');
  // A one-time password leads to its change before anything else (the account page is the one exemption).
  if (scope.mustChangePassword && !allowWithOneTimePassword) redirect('/account');
  if (permission && !can(scope, permission)) forbidden();
  return scope;
}
