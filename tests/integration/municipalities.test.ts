// A regional operator registers a municipality with its coordinator, who signs in with a
// one-time password; nobody below the region can.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, users } from '@/db/schema';
import { createMunicipalitySchema } from '@/lib/domain/validations/municipality';
import { authenticate } from '@/lib/server/auth/authenticate';
import { loadScope } from '@/lib/server/auth/scope';
import { createMunicipality } from '@/lib/server/municipalities/create-municipality';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const input = (over: Record<string, string> = {}) =>
  createMunicipalitySchema.parse({
    fullName: 'Комитет по образованию г. Рубцовска',
    shortName: 'Комитет по образованию г. Рубцовска',
    city: 'г. Рубцовск',
    headPosition: 'Председатель',
    headLastName: 'Мищенко',
    headFirstName: 'Ольга',
    headMiddleName: 'Викторовна',
    coordinatorLastName: 'Громова',
    coordinatorFirstName: 'Ирина',
    coordinatorMiddleName: 'Павловна',
    coordinatorEmail: 'Gromova@rubtsovsk.example',
    ...over,
  });

describe('registering a municipality', () => {
  it('creates it under the region with a coordinator who must change the one-time password', async () => {
    const created = await asUser(t.db, tree.scopes.region, (ctx) => createMunicipality(ctx, input()));
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, created.id));
    expect(org).toMatchObject({ kind: 'municipality', parentId: tree.orgs.region.id, path: `${tree.orgs.region.path}${created.id}/` });
    const user = await authenticate(t.db, { email: 'gromova@rubtsovsk.example', password: created.password }, 'x');
    expect(await loadScope(t.db, user.id)).toMatchObject({ role: 'district_coordinator', orgId: created.id, mustChangePassword: true });
    // The coordinator's own sign-in above is journalled too; what the registration wrote is the rest.
    const audit = (await t.db.select().from(auditLog).where(eq(auditLog.organizationId, created.id))).filter((a) => a.action !== 'user.sign_in');
    expect(audit.map((a) => a.action).sort()).toEqual(['municipality.create', 'user.create']);
    expect(JSON.stringify(audit)).not.toContain(created.password);
  });

  it('refuses a duplicate name or e-mail, writing nothing, and anyone below the region', async () => {
    await expect(asUser(t.db, tree.scopes.region, (ctx) => createMunicipality(ctx, input({ coordinatorEmail: 'x@r.example' })))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(asUser(t.db, tree.scopes.region, (ctx) => createMunicipality(ctx, input({ shortName: 'Другой' })))).rejects.toMatchObject({
      fieldErrors: { coordinatorEmail: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] },
    });
    expect(await t.db.select().from(organizations).where(eq(organizations.shortName, 'Другой'))).toHaveLength(0);
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => createMunicipality(ctx, input({ shortName: 'Ещё', coordinatorEmail: 'y@r.example' })))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.db.select().from(users).where(eq(users.email, 'y@r.example'))).toHaveLength(0);
  });
});
