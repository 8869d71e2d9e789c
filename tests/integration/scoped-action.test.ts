// scopedAction, the one wrapper of server actions, driven directly on a real database: the
// session, the permission, validation with every field's message, the transaction with its
// audit row and the request's address, revalidation. Only the framework's edges are stood
// in for — the request's headers and cookies and revalidatePath; the session cookie is a
// real next-auth token and the database is real.
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, people, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { personSchema } from '@/lib/domain/validations/person';
import { scopedAction } from '@/lib/server/action';
import { revokeSession , createSession } from '@/lib/server/auth/sessions';
import { createPerson } from '@/lib/server/people/create-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: [] as { name: string; value: string }[], revalidated: [] as string[] }));

vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    getAll: () => request.cookies,
    get: (name: string) => request.cookies.find((c) => c.name === name),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void request.revalidated.push(path) }));

const SECRET = randomBytes(32).toString('hex');
const STAFF_PAGES = ['/staff', '/banks', '/dashboard'];
// The staff form's action as the app wires it.
const createPersonAction = scopedAction({ schema: personSchema, permission: 'staff.edit', revalidate: STAFF_PAGES }, createPerson);

let t: TestDatabase;
let tree: Tree;

/** Signs the next request in as the user, the way next-auth sets its cookie (with its server-side session). */
async function signIn(userId: string | null): Promise<string | null> {
  const sid = userId ? await createSession(t.db, userId, 3600) : null;
  request.cookies = userId ? [{ name: 'next-auth.session-token', value: await encode({ token: { uid: userId, sid }, secret: SECRET }) }] : [];
  return sid;
}

const counts = async () => ({
  people: (await t.db.select({ n: count() }).from(people))[0]!.n,
  audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  vi.stubEnv('NEXTAUTH_SECRET', SECRET);
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  // The app's process-wide database handle (db/client.ts getDb) is this file's database.
  (globalThis as { nastavnikDb?: Db }).nastavnikDb = t.db;
});
afterAll(async () => {
  delete (globalThis as { nastavnikDb?: Db }).nastavnikDb;
  vi.unstubAllEnvs();
  await t.close();
});
beforeEach(() => {
  // The address scripts/server.cjs resolved; the client's own X-Forwarded-For is not believed.
  request.headers = new Headers({ 'x-nastavnik-client-address': '203.0.113.7', 'x-forwarded-for': '198.51.100.66', 'user-agent': 'Mozilla/5.0 (vitest)' });
  request.revalidated = [];
});
afterEach(() => signIn(null));

describe('scopedAction', () => {
  it('writes the change and its audit row with the address and browser of the request, then revalidates', async () => {
    await signIn(tree.scopes.curator1a.userId);
    const result = await createPersonAction(form({ lastName: 'Белых', firstName: 'Олег', middleName: 'Викторович', position: 'учитель истории' }));
    expect(result).toEqual({ ok: true, data: { id: expect.any(String) } });
    if (!result.ok) return;
    const [row] = await t.db.select().from(people).where(eq(people.id, result.data.id));
    expect(row).toMatchObject({ organizationId: tree.orgs.s1a.id, lastName: 'Белых', position: 'учитель истории' });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, result.data.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'person.create',
      actorUserId: tree.scopes.curator1a.userId,
      organizationId: tree.orgs.s1a.id,
      // The client's address: the first of the proxies' list.
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (vitest)',
    });
    expect(request.revalidated).toEqual(STAFF_PAGES);
  });

  it('records no address when the request carries none', async () => {
    await signIn(tree.scopes.head1a.userId);
    request.headers = new Headers();
    const result = await createPersonAction(form({ lastName: 'Гусейнов', firstName: 'Рашид', middleName: 'Гусейн оглы' }));
    expect(result.ok).toBe(true);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, result.ok ? result.data.id : ''));
    expect(audit).toMatchObject({ ip: null, userAgent: null, actorUserId: tree.scopes.head1a.userId });
  });

  it('refuses without a session, or for a disabled account, and writes nothing', async () => {
    const before = await counts();
    expect(await createPersonAction(form({ lastName: 'Петров', firstName: 'Иван' }))).toEqual({ ok: false, error: 'Сессия истекла. Войдите снова.' });
    const [disabled] = await t.db
      .insert(users)
      .values({ organizationId: tree.orgs.s1a.id, role: 'curator', email: 'disabled@test.ru', fullName: 'Отключённый', passwordHash: 'x', isActive: false })
      .returning({ id: users.id });
    await signIn(disabled!.id);
    expect(await createPersonAction(form({ lastName: 'Петров', firstName: 'Иван' }))).toEqual({ ok: false, error: 'Сессия истекла. Войдите снова.' });
    expect(await counts()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });

  it('refuses a token whose session was signed out, though the token itself is still valid', async () => {
    const before = await counts();
    const sid = await signIn(tree.scopes.curator1a.userId);
    await revokeSession(t.db, sid!);
    expect(await createPersonAction(form({ lastName: 'Петров', firstName: 'Иван' }))).toEqual({ ok: false, error: 'Сессия истекла. Войдите снова.' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a role without the permission before reading the input, and writes nothing', async () => {
    const before = await counts();
    for (const scope of [tree.scopes.teacher1a, tree.scopes.district1, tree.scopes.region]) {
      await signIn(scope.userId);
      expect(await createPersonAction(form({ lastName: 'Петров', firstName: 'Иван' })), scope.role).toEqual({ ok: false, error: 'Недостаточно прав для этого действия.' });
      // Invalid input gets the same answer: no field messages for a user who may not act.
      expect(await createPersonAction(form({ lastName: '' })), scope.role).toEqual({ ok: false, error: 'Недостаточно прав для этого действия.' });
    }
    expect(await counts()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });

  it('returns a message for every invalid field at once, and writes nothing', async () => {
    await signIn(tree.scopes.curator1a.userId);
    const before = await counts();
    const result = await createPersonAction(
      form({ lastName: '', firstName: 'Иван2', email: 'не почта', birthDate: '2020-02-30', gender: 'другой' }),
    );
    expect(result).toEqual({
      ok: false,
      error: 'Проверьте заполнение полей.',
      fieldErrors: {
        lastName: [expect.stringContaining('Фамилия')],
        firstName: ['Поле «Имя»: допустимы только буквы, пробел, дефис и апостроф.'],
        gender: ['Выберите пол.'],
        email: ['Неверный адрес электронной почты.'],
        birthDate: [expect.stringContaining('Дата рождения')],
      },
    });
    expect(await counts()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });

  it('rolls back everything the operation wrote when it fails, with its message or a generic one', async () => {
    await signIn(tree.scopes.curator1a.userId);
    const before = await counts();
    const failing = (error: Error) =>
      scopedAction({ schema: personSchema, permission: 'staff.edit', revalidate: STAFF_PAGES }, async (ctx, input) => {
        await createPerson(ctx, input);
        throw error;
      });
    const input = form({ lastName: 'Откатов', firstName: 'Пётр' });
    expect(await failing(new AppError('CONFLICT', 'Состав изменился.', { lastName: ['занято'] }))(input)).toEqual({
      ok: false,
      error: 'Состав изменился.',
      fieldErrors: { lastName: ['занято'] },
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const secret = new Error('duplicate key value violates unique constraint "people_pkey" DETAIL: Key (id)=(42) already exists.');
    const result = await failing(secret)(input);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Не удалось сохранить изменения: внутренняя ошибка\. Данные не изменены\. Номер инцидента: [0-9A-F]{8} — /) });
    expect(JSON.stringify(result)).not.toMatch(/duplicate|people_pkey|Key \(id\)/);
    // The server log has the details under the number the user sees.
    const incident = /Номер инцидента: ([0-9A-F]{8})/.exec(result.ok ? '' : result.error)![1];
    expect(quiet).toHaveBeenCalledOnce();
    expect(quiet.mock.calls[0]![0]).toContain(`[инцидент ${incident}]`);
    expect(quiet.mock.calls[0]![1]).toBe(secret);
    quiet.mockRestore();
    expect(await counts()).toEqual(before);
    expect(request.revalidated).toEqual([]);
  });
});
