// Every read and action that exists, tried with ids of another school and another district
// (and with garbage): the answer is always "not found", never data and never a write.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { can } from '@/lib/domain/permissions';
import { createSchoolSchema } from '@/lib/domain/validations/school';
import { createUserSchema } from '@/lib/domain/validations/user';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { regionSummary } from '@/lib/server/dashboard/region-summary';
import { loadSchoolFacts } from '@/lib/server/dashboard/school-facts';
import { listPeople } from '@/lib/server/people/list-people';
import { createSchool } from '@/lib/server/schools/create-school';
import { listSchools } from '@/lib/server/schools/list-schools';
import { loadSchool } from '@/lib/server/schools/load-school';
import { createUser } from '@/lib/server/users/create-user';
import { listUsers } from '@/lib/server/users/list-users';
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

const NOT_FOUND = { code: 'NOT_FOUND' };
const GARBAGE = ['', 'abc', "1' or '1'='1", '00000000-0000-0000-0000-000000000000', 'x'.repeat(10_000)];

async function writes() {
  const [a] = await t.db.select({ n: count() }).from(auditLog);
  const [u] = await t.db.select({ n: count() }).from(users);
  return { audit: a!.n, users: u!.n };
}

describe('reads are confined to the subtree', () => {
  it('a school head sees only their school', async () => {
    const head = tree.scopes.head1a;
    await expect(requireOrgInScope(t.db, head, tree.orgs.s1b.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(requireOrgInScope(t.db, head, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(requireOrgInScope(t.db, head, tree.orgs.d1.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(listPeople(t.db, head, tree.orgs.s1b.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(listUsers(t.db, head, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(loadSchoolFacts(t.db, head, tree.orgs.s1b.id)).rejects.toMatchObject(NOT_FOUND);
    expect((await listPeople(t.db, head)).map((p) => p.lastName).sort()).toEqual(['Петров-1а', 'Сидорова-1а']);
    expect(new Set((await listUsers(t.db, head)).map((u) => u.organizationId))).toEqual(new Set([tree.orgs.s1a.id]));
    expect((await listSchools(t.db, head)).map((s) => s.id)).toEqual([tree.orgs.s1a.id]);
  });

  it('a district coordinator sees its schools and nothing of the other district', async () => {
    const d1 = tree.scopes.district1;
    expect((await listSchools(t.db, d1)).map((s) => s.shortName)).toEqual(['Школа 1А', 'Школа 1Б']);
    await expect(listSchools(t.db, d1, tree.orgs.d2.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(requireOrgInScope(t.db, d1, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(requireOrgInScope(t.db, d1, tree.orgs.region.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(listPeople(t.db, d1, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(listUsers(t.db, d1, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    expect((await listPeople(t.db, d1, tree.orgs.s1b.id)).length).toBe(2);
    const visible = new Set((await listUsers(t.db, d1)).map((u) => u.organizationId));
    expect(visible.has(tree.orgs.s2.id) || visible.has(tree.orgs.d2.id)).toBe(false);
    await expect(loadSchool(t.db, d1, tree.orgs.s2.id)).rejects.toMatchObject(NOT_FOUND);
    const school = await loadSchool(t.db, d1, tree.orgs.s1b.id);
    expect(school.org.id).toBe(tree.orgs.s1b.id);
    expect(new Set(school.accounts.map((u) => u.organizationId))).toEqual(new Set([tree.orgs.s1b.id]));
  });

  it('the regional operator sees every district', async () => {
    const region = tree.scopes.region;
    expect((await listSchools(t.db, region)).length).toBe(3);
    expect((await regionSummary(t.db, region)).map((d) => [d.shortName, d.schools, d.staff])).toEqual([
      ['Район 1', 2, 4],
      ['Район 2', 1, 2],
    ]);
    expect(await regionSummary(t.db, tree.scopes.district1)).toEqual([
      expect.objectContaining({ shortName: 'Район 1' }),
    ]);
  });

  it('garbage ids are "not found", never a database error', async () => {
    for (const id of GARBAGE) {
      await expect(requireOrgInScope(t.db, tree.scopes.region, id)).rejects.toMatchObject(NOT_FOUND);
      await expect(listPeople(t.db, tree.scopes.region, id)).rejects.toMatchObject(NOT_FOUND);
      await expect(loadSchool(t.db, tree.scopes.region, id)).rejects.toMatchObject(NOT_FOUND);
    }
  });
});

describe('actions refuse ids outside the subtree and write nothing', () => {
  const newUser = (organizationId: string, role = 'teacher') =>
    createUserSchema.parse({ organizationId, role, lastName: 'Взломов', firstName: 'Пётр', email: `${crypto.randomUUID()}@test.ru`, password: 'password-1' });

  it('createUser with another school or another district', async () => {
    const before = await writes();
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => createUser(ctx, newUser(tree.orgs.s1b.id)))).rejects.toMatchObject(NOT_FOUND);
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => createUser(ctx, newUser(tree.orgs.s2.id)))).rejects.toMatchObject(NOT_FOUND);
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => createUser(ctx, newUser(tree.orgs.s2.id, 'school_head')))).rejects.toMatchObject(NOT_FOUND);
    expect(await writes()).toEqual(before);
  });

  it('setUserActive on an account of another school or district', async () => {
    const before = await writes();
    for (const [actor, target] of [
      [tree.scopes.head1a, tree.scopes.head1b],
      [tree.scopes.head1a, tree.scopes.head2],
      [tree.scopes.district1, tree.scopes.head2],
      [tree.scopes.district2, tree.scopes.curator1a],
    ] as const) {
      await expect(asUser(t.db, actor, (ctx) => setUserActive(ctx, { userId: target.userId, active: false }))).rejects.toMatchObject(NOT_FOUND);
    }
    for (const id of GARBAGE) {
      await expect(asUser(t.db, tree.scopes.district1, (ctx) => setUserActive(ctx, { userId: id, active: false }))).rejects.toMatchObject(NOT_FOUND);
    }
    expect(await writes()).toEqual(before);
  });

  it('a district coordinator cannot disable the regional operator above it', async () => {
    await expect(
      asUser(t.db, tree.scopes.district1, (ctx) => setUserActive(ctx, { userId: tree.scopes.region.userId, active: false })),
    ).rejects.toMatchObject(NOT_FOUND);
  });

  it('createSchool is only for a district coordinator, and only under their own district', async () => {
    expect(can(tree.scopes.head1a, 'schools.create')).toBe(false);
    expect(can(tree.scopes.region, 'schools.create')).toBe(false);
    const input = createSchoolSchema.parse({
      fullName: 'Школа', shortName: 'Школа X', city: 'г. Х', headPosition: 'Директор', headLastName: 'Иванов', headFirstName: 'Иван',
      headEmail: 'x-head@test.ru', headPassword: 'password-1',
    });
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => createSchool(ctx, input))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await asUser(t.db, tree.scopes.district2, (ctx) => createSchool(ctx, input));
    await expect(requireOrgInScope(t.db, tree.scopes.district1, id)).rejects.toMatchObject(NOT_FOUND);
    expect((await requireOrgInScope(t.db, tree.scopes.district2, id)).parentId).toBe(tree.orgs.d2.id);
  });
});
