// Accounts are linked to staff records by email, within one school, and only unambiguously.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, users } from '@/db/schema';
import { linkStaffAccounts } from '@/lib/server/users/link-staff-accounts';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const personOf = async (userId: string) => (await t.db.select({ personId: users.personId }).from(users).where(eq(users.id, userId)))[0]!.personId;

describe('linkStaffAccounts', () => {
  it('links the account to the one staff record of its school with the same email, case-insensitive', async () => {
    await t.db.update(people).set({ email: 'CURATOR1A@test.ru' }).where(eq(people.id, tree.people.s1a[0]!));
    await asUser(t.db, tree.scopes.head1a, (ctx) => linkStaffAccounts(ctx, tree.orgs.s1a.id));
    expect(await personOf(tree.scopes.curator1a.userId)).toBe(tree.people.s1a[0]);
  });

  it('links nobody when two staff records share the email', async () => {
    for (const id of tree.people.s1b) await t.db.update(people).set({ email: 'head1b@test.ru' }).where(eq(people.id, id));
    await asUser(t.db, tree.scopes.head1b, (ctx) => linkStaffAccounts(ctx, tree.orgs.s1b.id));
    expect(await personOf(tree.scopes.head1b.userId)).toBeNull();
  });

  it('never links across schools', async () => {
    await t.db.update(people).set({ email: 'head2@test.ru' }).where(eq(people.id, tree.people.s1a[1]!));
    await asUser(t.db, tree.scopes.head1a, (ctx) => linkStaffAccounts(ctx, tree.orgs.s1a.id));
    expect(await personOf(tree.scopes.head2.userId)).toBeNull();
  });
});
