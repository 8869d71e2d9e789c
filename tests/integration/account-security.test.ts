// Accounts people own: their password (change, reset by an upper level), their consent to
// electronic HR documents, and the server-side sessions that end with sign-out, a password
// change or reset and disabling; the login limit's timing and pruning.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginAttempts, users, userSessions } from '@/db/schema';
import { changePassword } from '@/lib/server/account/change-password';
import { recordOwnConsent, recordPaperConsent } from '@/lib/server/account/record-consent';
import { resetPassword } from '@/lib/server/account/reset-password';
import { authenticate } from '@/lib/server/auth/authenticate';
import { pruneLoginAttempts } from '@/lib/server/auth/rate-limit';
import { loadSessionScope } from '@/lib/server/auth/scope';
import { createSession, revokeSession } from '@/lib/server/auth/sessions';
import { createRegion } from '@/lib/server/setup/create-region';
import { setUserActive } from '@/lib/server/users/set-user-active';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, FIXTURE_PASSWORD, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const HOUR = 3600;
const login = (email: string, password: string, ip = '10.1.1.1') => authenticate(t.db, { email, password }, ip);

describe('sessions', () => {
  it('a signed-out session is refused at once, another session of the same user is not', async () => {
    const userId = tree.scopes.teacher1a.userId;
    const a = await createSession(t.db, userId, 8 * HOUR);
    const b = await createSession(t.db, userId, 8 * HOUR);
    expect(await loadSessionScope(t.db, userId, a)).toMatchObject({ userId, sessionId: a });
    await revokeSession(t.db, a);
    expect(await loadSessionScope(t.db, userId, a)).toBeNull();
    expect(await loadSessionScope(t.db, userId, b)).not.toBeNull();
    // A token without a session id (issued before sessions were kept) is no session either.
    expect(await loadSessionScope(t.db, userId, undefined)).toBeNull();
    // Nor is another user's session.
    expect(await loadSessionScope(t.db, tree.scopes.head1a.userId, b)).toBeNull();
  });

  it('an expired session is refused', async () => {
    const userId = tree.scopes.teacher1a.userId;
    const s = await createSession(t.db, userId, 8 * HOUR);
    await t.db.update(userSessions).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(userSessions.id, s));
    expect(await loadSessionScope(t.db, userId, s)).toBeNull();
  });

  it('disabling ends every session of the account, and enabling again does not bring them back', async () => {
    const userId = tree.scopes.teacher1a.userId;
    const s = await createSession(t.db, userId, 8 * HOUR);
    await asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId, active: false }));
    await asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId, active: true }));
    expect(await loadSessionScope(t.db, userId, s)).toBeNull();
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, refuses short, e-mail-like and common ones, and ends the other sessions only', async () => {
    const me = tree.scopes.curator1a;
    const here = await createSession(t.db, me.userId, 8 * HOUR);
    const elsewhere = await createSession(t.db, me.userId, 8 * HOUR);
    const change = (currentPassword: string, newPassword: string) =>
      asUser(t.db, { ...me, sessionId: here }, (ctx) => changePassword(ctx, { currentPassword, newPassword, confirmPassword: newPassword }));
    await expect(change('not-it', 'Сирень-цветёт-в-мае')).rejects.toMatchObject({ fieldErrors: { currentPassword: ['Текущий пароль указан неверно.'] } });
    await expect(change(FIXTURE_PASSWORD, 'short-1')).rejects.toMatchObject({ message: 'Пароль должен быть не короче 10 символов.' });
    await expect(change(FIXTURE_PASSWORD, 'curator1a@test.ru')).rejects.toMatchObject({ message: 'Пароль не должен совпадать с адресом электронной почты.' });
    await expect(change(FIXTURE_PASSWORD, 'qwertyuiop')).rejects.toMatchObject({ message: /самых распространённых/ });

    await change(FIXTURE_PASSWORD, 'Сирень-цветёт-в-мае');
    await expect(login('curator1a@test.ru', FIXTURE_PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await login('curator1a@test.ru', 'Сирень-цветёт-в-мае')).id).toBe(me.userId);
    expect(await loadSessionScope(t.db, me.userId, here)).not.toBeNull();
    expect(await loadSessionScope(t.db, me.userId, elsewhere)).toBeNull();
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.password.change'));
    expect(audit).toMatchObject({ entityId: me.userId, actorUserId: me.userId });
    expect(JSON.stringify(audit)).not.toContain('Сирень');
  });
});

describe('a reset by an upper level', () => {
  it('gives a one-time password shown once, ends the sessions, and the next sign-in must change it', async () => {
    const teacher = tree.scopes.teacher1a;
    const s = await createSession(t.db, teacher.userId, 8 * HOUR);
    const { password } = await asUser(t.db, tree.scopes.head1a, (ctx) => resetPassword(ctx, { userId: teacher.userId }));
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(await loadSessionScope(t.db, teacher.userId, s)).toBeNull();
    const signedIn = await login('teacher1a@test.ru', password);
    const fresh = await createSession(t.db, signedIn.id, 8 * HOUR);
    expect(await loadSessionScope(t.db, teacher.userId, fresh)).toMatchObject({ mustChangePassword: true });
    const [row] = await t.db.select().from(users).where(eq(users.id, teacher.userId));
    expect(row!.passwordHash).not.toContain(password);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.password.reset'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(password);

    await asUser(t.db, { ...tree.scopes.teacher1a, sessionId: fresh }, (ctx) =>
      changePassword(ctx, { currentPassword: password, newPassword: 'Ласточка-над-рекой', confirmPassword: 'Ласточка-над-рекой' }),
    );
    expect(await loadSessionScope(t.db, teacher.userId, fresh)).toMatchObject({ mustChangePassword: false });
  });

  it('reaches only accounts the caller may manage, never their own or another school’s', async () => {
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => resetPassword(ctx, { userId: tree.scopes.head1a.userId }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => resetPassword(ctx, { userId: tree.scopes.head1b.userId }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => resetPassword(ctx, { userId: tree.scopes.teacher1a.userId }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('consent to electronic HR documents', () => {
  it('is given with its date and withdrawn by the person, and recorded from paper by an upper level', async () => {
    const teacher = tree.scopes.teacher1a;
    const consentOf = async () =>
      (
        await t.db
          .select({ c: users.electronicHrConsent, d: users.electronicHrConsentDate, s: users.electronicHrConsentSource })
          .from(users)
          .where(eq(users.id, teacher.userId))
      )[0];
    await asUser(t.db, teacher, (ctx) => recordOwnConsent(ctx, { given: true, date: '2026-09-01' }));
    expect(await consentOf()).toEqual({ c: true, d: '2026-09-01', s: 'self' });
    await asUser(t.db, teacher, (ctx) => recordOwnConsent(ctx, { given: false }));
    expect(await consentOf()).toEqual({ c: false, d: null, s: null });
    await asUser(t.db, tree.scopes.head1a, (ctx) => recordPaperConsent(ctx, { userId: teacher.userId, date: '2026-09-02' }));
    expect(await consentOf()).toEqual({ c: true, d: '2026-09-02', s: 'paper' });
    await expect(asUser(t.db, tree.scopes.head1b, (ctx) => recordPaperConsent(ctx, { userId: teacher.userId, date: '2026-09-02' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const actions = await t.db.select({ a: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, teacher.userId)));
    expect(actions.map((r) => r.a)).toEqual(expect.arrayContaining(['user.hr_consent.give', 'user.hr_consent.withdraw', 'user.hr_consent.paper']));
  });
});

describe('the login', () => {
  it('takes as long for an unknown email as for a known one with a wrong password', async () => {
    // Interleaved, so that the load of the machine weighs on both alike; medians of seven.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      for (const [email, runs] of [['head2@test.ru', known], ['nobody-at-all@test.ru', unknown]] as const) {
        const start = performance.now();
        await login(email, `wrong-${i}`, `10.2.0.${i}`).catch(() => undefined);
        runs.push(performance.now() - start);
      }
    }
    const median = (runs: number[]) => runs.sort((a, b) => a - b)[3]!;
    // Before, an unknown email skipped bcrypt: ~13 ms against ~95 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('prunes attempts older than a day', async () => {
    await t.db.insert(loginAttempts).values({ key: 'old@test.ru|1.1.1.1', succeeded: false, at: sql`now() - interval '2 days'` });
    await t.db.insert(loginAttempts).values({ key: 'new@test.ru|1.1.1.1', succeeded: false });
    expect(await pruneLoginAttempts(t.db)).toBeGreaterThanOrEqual(1);
    const keys = (await t.db.select({ key: loginAttempts.key }).from(loginAttempts)).map((r) => r.key);
    expect(keys).not.toContain('old@test.ru|1.1.1.1');
    expect(keys).toContain('new@test.ru|1.1.1.1');
  });
});

describe('setting up a region', () => {
  it('creates the region and its operator with a one-time password to change at first sign-in, once', async () => {
    const created = await createRegion(t.db, { region: 'Новосибирская область', email: 'Operator@NSO.example' });
    const user = await login('operator@nso.example', created.password);
    const s = await createSession(t.db, user.id, HOUR);
    expect(await loadSessionScope(t.db, user.id, s)).toMatchObject({
      role: 'region_operator',
      orgKind: 'region',
      orgShortName: 'Новосибирская область',
      mustChangePassword: true,
    });
    await expect(createRegion(t.db, { region: 'новосибирская область', email: 'other@nso.example' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(createRegion(t.db, { region: 'Томская область', email: 'operator@nso.example' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
