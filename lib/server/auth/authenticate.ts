// Checks an email and password against the users table, under the login rate limit.
// Kept free of next-auth so it is tested directly on a real database.
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { plural } from '@/lib/core/russian';
import { loginSchema } from '@/lib/domain/validations/login';
import { verifyPassword } from './password';
import { attemptKey, lockedForMinutes, recordAttempt } from './rate-limit';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

const WRONG = 'Неверный адрес электронной почты или пароль.';
/** A bcrypt hash of the same cost as real ones, of a password nobody types. */
const DUMMY_HASH = '$2b$10$KJhn/RZ.EBiRnGtXZNF0Ye0ibY8PcQmuAc5yDfOWftwDNonJfCOsi';

/** `ip` is the real client address (see client-address.ts), never a header the client chose. */
export async function authenticate(db: Db, raw: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? WRONG);
  const { email, password } = parsed.data;
  const key = attemptKey(email, ip);
  const wait = await lockedForMinutes(db, key);
  if (wait > 0) {
    throw new AppError(
      'RATE_LIMITED',
      `Слишком много неудачных попыток входа. Повторите через ${wait} ${plural(wait, ['минуту', 'минуты', 'минут'])}.`,
    );
  }
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  // An unknown email costs one bcrypt comparison too, so the time taken does not tell which emails exist.
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, DUMMY_HASH), false);
  await recordAttempt(db, key, ok);
  // A wrong password for a real account is worth the head's attention; unknown emails name nobody to show it to.
  if (user && !ok) await auditAccess(db, user, 'user.sign_in.failed', ip);
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', WRONG);
  if (!user.isActive) throw new AppError('FORBIDDEN', 'Учётная запись отключена. Обратитесь к руководителю организации.');
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    await auditAccess(tx, user, 'user.sign_in', ip);
  });
  return { id: user.id, email: user.email, name: user.fullName, role: user.role };
}

/** The journal's row for a sign-out: the cookie is gone, the row says when the session ended. */
export async function recordSignOut(db: Db, userId: string): Promise<void> {
  const [user] = await db.select({ id: users.id, organizationId: users.organizationId }).from(users).where(eq(users.id, userId));
  if (user) await auditAccess(db, user, 'user.sign_out', 'local');
}

/** Sign-ins and sign-outs in «Журнал действий», under the account's own organization. */
async function auditAccess(
  db: Db | Tx,
  user: { id: string; organizationId: string },
  action: 'user.sign_in' | 'user.sign_in.failed' | 'user.sign_out',
  ip: string,
): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: user.id,
    organizationId: user.organizationId,
    action,
    entity: 'user',
    entityId: user.id,
    ip: ip === 'local' ? null : ip,
  });
}
