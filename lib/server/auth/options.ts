// next-auth configuration: email + password, JWT sessions that expire after 8 hours.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { AppError } from '@/lib/core/errors';
import { authenticate } from './authenticate';

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : '';
  return first || 'local';
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(getDb(), credentials, clientIp(req?.headers));
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
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
