import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, users } from '@/db/schema';
import { createSchoolSchema } from '@/lib/domain/validations/school';
import { createUserSchema } from '@/lib/domain/validations/user';
import { authenticate } from '@/lib/server/auth/authenticate';
import { loadScope } from '@/lib/server/auth/scope';
import { createSchool } from '@/lib/server/schools/create-school';
import { createUser } from '@/lib/server/users/create-user';
import { setUserActive } from '@/lib/server/users/set-user-active';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const schoolInput = (over: Record<string, string> = {}) =>
  createSchoolSchema.parse({
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 99»',
    shortName: 'МБОУ «СОШ № 99»',
    city: 'г. Бийск',
    orderSuffix: '-од',
    headPosition: 'Директор',
    headLastName: 'Шевченко',
    headFirstName: 'Тарас',
    headMiddleName: 'Григорьевич',
    headEmail: 'head99@test.ru',
    headPassword: 'secret-password',
    ...over,
  });

describe('a district coordinator registers a school', () => {
  it('creates the school under the district, its head account and audit rows in one go', async () => {
    const { id } = await asUser(t.db, tree.scopes.district1, (ctx) => createSchool(ctx, schoolInput()));
    const [school] = await t.db.select().from(organizations).where(eq(organizations.id, id));
    expect(school).toMatchObject({ kind: 'school', parentId: tree.orgs.d1.id, path: `${tree.orgs.d1.path}${id}/`, orderSuffix: '-од' });
    const head = await authenticate(t.db, { email: 'head99@test.ru', password: 'secret-password' }, 'x');
    const scope = await loadScope(t.db, head.id);
    expect(scope).toMatchObject({ role: 'school_head', orgId: id });
    // The head's own sign-in above is journalled too; what the coordinator's registration wrote is the rest.
    const audit = (await t.db.select().from(auditLog).where(eq(auditLog.organizationId, id))).filter((a) => a.action !== 'user.sign_in');
    expect(audit.map((a) => a.action).sort()).toEqual(['school.create', 'user.create']);
    expect(JSON.stringify(audit)).not.toContain('secret-password');
    expect(audit.every((a) => a.actorUserId === tree.scopes.district1.userId)).toBe(true);
  });

  it('refuses a second school with the same short name (a double submit) with a field error', async () => {
    const second = asUser(t.db, tree.scopes.district1, (ctx) => createSchool(ctx, schoolInput({ headEmail: 'other@test.ru' })));
    await expect(second).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { shortName: [expect.stringMatching(/уже зарегистрирована/)] } });
  });

  it('writes nothing when the head email is taken: the school is rolled back too', async () => {
    const input = schoolInput({ shortName: 'МБОУ «СОШ № 100»', headEmail: 'head1a@test.ru' });
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => createSchool(ctx, input))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await t.db.select().from(organizations).where(eq(organizations.shortName, 'МБОУ «СОШ № 100»'))).toHaveLength(0);
  });

  it('validates every field with Russian messages', () => {
    const r = createSchoolSchema.safeParse({ fullName: '', shortName: 'x'.repeat(10_000), headEmail: 'nope', headPassword: '123' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('Заполните поле «Полное наименование».');
    expect(messages).toContain('Поле «Краткое наименование» длиннее 200 символов.');
    expect(messages).toContain('Неверный адрес электронной почты.');
    expect(messages).toContain('Пароль должен быть не короче 10 символов.');
  });
});

describe('a school head manages accounts', () => {
  const userInput = (over: Record<string, unknown>) =>
    createUserSchema.parse({ organizationId: tree.orgs.s1a.id, role: 'teacher', lastName: 'Кох', firstName: 'Мария', middleName: 'Петровна', email: 'koh@test.ru', password: 'password-1', ...over });

  it('creates a teacher in their school with the ст. 22.1 consent flag', async () => {
    const { id } = await asUser(t.db, tree.scopes.head1a, (ctx) => createUser(ctx, userInput({ electronicHrConsent: 'on' })));
    const [u] = await t.db.select().from(users).where(eq(users.id, id));
    expect(u).toMatchObject({ organizationId: tree.orgs.s1a.id, role: 'teacher', fullName: 'Кох Мария Петровна', electronicHrConsent: true });
  });

  it('cannot create a school head (no escalation) nor a duplicate email', async () => {
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => createUser(ctx, userInput({ role: 'school_head', email: 'x1@test.ru' })))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => createUser(ctx, userInput({ email: 'KOH@test.ru' })))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { email: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] },
    });
  });

  it('disables and re-enables a curator, audited, and a repeated click changes nothing', async () => {
    const userId = tree.scopes.curator1a.userId;
    await asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId, active: false }));
    await asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId, active: false }));
    expect(await loadScope(t.db, userId)).toBeNull();
    await asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId, active: true }));
    expect(await loadScope(t.db, userId)).not.toBeNull();
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, userId)));
    expect(audit.map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
    expect(audit[0]).toMatchObject({ before: { isActive: true }, after: { isActive: false }, ip: '127.0.0.1' });
  });

  it('cannot disable their own account', async () => {
    const own = asUser(t.db, tree.scopes.head1a, (ctx) => setUserActive(ctx, { userId: tree.scopes.head1a.userId, active: false }));
    await expect(own).rejects.toMatchObject({ message: 'Нельзя отключить собственную учётную запись.' });
  });
});
