import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginAttempts, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { authenticate, recordSignOut } from '@/lib/server/auth/authenticate';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, FIXTURE_PASSWORD } from '../support/tree';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await buildTree(t.db);
});
afterAll(() => t.close());

const attempt = (email: string, password: string, ip = '10.0.0.1') =>
  authenticate(t.db, { email, password }, ip).then(
    (user) => ({ user, error: null as AppError | null }),
    (error: AppError) => ({ user: null, error }),
  );

describe('authenticate', () => {
  it('signs in with the right password, case-insensitive email, and never returns the hash', async () => {
    const { user, error } = await attempt('HEAD1A@test.ru', FIXTURE_PASSWORD);
    expect(error).toBeNull();
    expect(user).toMatchObject({ email: 'head1a@test.ru', role: 'school_head' });
    expect(JSON.stringify(user)).not.toContain('$2');
  });

  it('writes sign-ins, refused passwords of an existing account and sign-outs to the journal with the address', async () => {
    const [head] = await t.db.select().from(users).where(eq(users.email, 'd2@test.ru'));
    await attempt('d2@test.ru', 'not-the-password', '10.0.3.1');
    await attempt('d2@test.ru', FIXTURE_PASSWORD, '10.0.3.1');
    await recordSignOut(t.db, head!.id);
    await attempt('nobody-here@test.ru', 'whatever-password', '10.0.3.1');
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, head!.id)).orderBy(auditLog.id);
    expect(rows.map((r) => [r.action, r.ip, r.organizationId])).toEqual([
      ['user.sign_in.failed', '10.0.3.1', head!.organizationId],
      ['user.sign_in', '10.0.3.1', head!.organizationId],
      ['user.sign_out', null, head!.organizationId],
    ]);
  });

  it('gives one Russian message for a wrong password and for an unknown email', async () => {
    const wrong = await attempt('head1b@test.ru', 'not-the-password');
    const unknown = await attempt('nobody@test.ru', 'whatever-password');
    expect(wrong.error?.message).toBe('Неверный адрес электронной почты или пароль.');
    expect(unknown.error?.message).toBe('Неверный адрес электронной почты или пароль.');
  });

  it('rejects an oversized or malformed email with a validation message', async () => {
    expect((await attempt(`${'a'.repeat(10_000)}@test.ru`, 'x')).error?.message).toBe('Слишком длинный адрес электронной почты.');
    expect((await attempt('not-an-email', 'x')).error?.message).toBe('Неверный адрес электронной почты.');
  });

  it('locks an account and IP after 10 failures in 15 minutes, even for the right password', async () => {
    for (let i = 0; i < 10; i++) await attempt('head2@test.ru', `wrong-${i}`, '10.0.0.9');
    const locked = await attempt('head2@test.ru', FIXTURE_PASSWORD, '10.0.0.9');
    expect(locked.error?.code).toBe('RATE_LIMITED');
    expect(locked.error?.message).toMatch(/^Слишком много неудачных попыток входа\. Повторите через 1[45] минут\.$/);
    // Another address is not locked out by someone else's guessing.
    expect((await attempt('head2@test.ru', FIXTURE_PASSWORD, '10.0.0.10')).user).not.toBeNull();
  });

  it('counts only failures since the last success', async () => {
    for (let i = 0; i < 9; i++) await attempt('curator1a@test.ru', `wrong-${i}`, '10.0.0.7');
    expect((await attempt('curator1a@test.ru', FIXTURE_PASSWORD, '10.0.0.7')).user).not.toBeNull();
    for (let i = 0; i < 9; i++) await attempt('curator1a@test.ru', `again-${i}`, '10.0.0.7');
    expect((await attempt('curator1a@test.ru', FIXTURE_PASSWORD, '10.0.0.7')).user).not.toBeNull();
    const rows = await t.db.select().from(loginAttempts).where(eq(loginAttempts.key, 'curator1a@test.ru|10.0.0.7'));
    expect(rows).toHaveLength(20);
  });

  it('refuses a disabled account with its own message', async () => {
    await t.db.update(users).set({ isActive: false }).where(eq(users.email, 'teacher1a@test.ru'));
    const { error } = await attempt('teacher1a@test.ru', FIXTURE_PASSWORD);
    expect(error?.message).toBe('Учётная запись отключена. Обратитесь к руководителю организации.');
  });
});
