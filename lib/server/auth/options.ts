// next-auth configuration: email + password, JWT sessions that expire after 8 hours, each
// backed by a server-side session row so that it can be ended before then.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { AppError } from '@/lib/core/errors';
import { authenticate, recordSignOut } from './authenticate';
import { clientAddressOf } from './client-address';
import { createSession, revokeSession } from './sessions';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        try {
          const headers = req?.headers as Record<string, string | undefined> | undefined;
          const user = await authenticate(getDb(), credentials, clientAddressOf((name) => headers?.[name]));
          return { id: user.id, email: user.email, name: user.name };
        } catch (e) {
          // next-auth passes the message of a thrown error to the client as `error`.
          if (e instanceof AppError) throw new Error(e.message);
          throw e;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = await createSession(getDb(), user.id, SESSION_MAX_AGE_SECONDS);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
  events: {
    // The cookie is cleared in the browser; the row makes a copy of it worthless too.
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSession(getDb(), token.sid);
      if (typeof token?.uid === 'string') await recordSignOut(getDb(), token.uid);
    },
  },
};
