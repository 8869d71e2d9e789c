// The scope of the signed-in user for pages, route handlers and server actions.
import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { authOptions } from './options';
import { can, type Permission } from './permissions';
import { loadScope, type Scope } from './scope';

/** Once per request: the session cookie → the user's current scope (re-read, so a disabled account loses access at once). */
export const currentScope = cache(async (): Promise<Scope | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  return loadScope(getDb(), userId);
});

async function hadSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.getAll().some((c) => c.name.endsWith('next-auth.session-token'));
}

/** For pages: the scope, or a redirect to the login page (with a reason when a cookie was there but is not valid). */
export async function requirePageScope(permission?: Permission): Promise<Scope> {
  const scope = await currentScope();
  if (!scope) redirect((await hadSessionCookie()) ? '/login?reason=session' : '/login');
  if (permission && !can(scope, permission)) forbidden();
  return scope;
}
