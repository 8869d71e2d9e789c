// One rule of which consents a pair needs, read three ways: the pairs list in TypeScript
// (what the draft and the gate use), the dashboard facts and the indicator counts in SQL.
// A group missing each required consent in turn must read the same in all three.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents } from '@/db/schema';
import { missingOf, requiredConsents } from '@/lib/domain/mentoring/consents';
import { loadSchoolFacts } from '@/lib/server/dashboard/school-facts';
import { loadSchoolCounts } from '@/lib/server/indicators/school-counts';
import { listPairs } from '@/lib/server/pairs/list-pairs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, mentee, mentor, receiveAll } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let pairId: string;
let mentorId: string;
let menteeIds: string[];

const teacher = (lastName: string, firstName: string, middleName: string) => ({ lastName, firstName, middleName, position: 'учитель математики' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  mentorId = await mentor(t.db, s, teacher('Гусев', 'Олег', 'Петрович'));
  menteeIds = [await mentee(t.db, s, teacher('Белых', 'Анна', 'Сергеевна')), await mentee(t.db, s, teacher('Орлов', 'Илья', 'Андреевич'))];
  pairId = (await formPair(t.db, tree.scopes.curator1a, mentorId, menteeIds)).id;
  await receiveAll(t.db, tree.scopes.curator1a, pairId);
});
afterAll(() => t.close());

/** What each reading says about the school's one pair. */
async function readings() {
  const [view] = await listPairs(t.db, tree.scopes.curator1a, { ids: [pairId] });
  const facts = await loadSchoolFacts(t.db, tree.scopes.curator1a);
  const [counts] = await loadSchoolCounts(t.db, tree.scopes.district1, tree.orgs.s1a.path, '2026-12-20');
  return {
    complete: view!.complete,
    missing: missingOf(view!.consents).map((s) => `${s.personId}:${s.kind}`),
    pairsMissingConsents: facts.pairsMissingConsents,
    consentsOutstanding: counts!.counts.consentsOutstanding,
  };
}

const rowOf = (r: { personId: string; kind: (typeof consents.$inferSelect)['kind']; pairBound: boolean }) =>
  and(eq(consents.personId, r.personId), eq(consents.kind, r.kind), r.pairBound ? eq(consents.pairId, pairId) : isNull(consents.pairId));

describe('the consent rule in TypeScript and in SQL', () => {
  it('agree on a pair with every consent received', async () => {
    expect(await readings()).toEqual({ complete: true, missing: [], pairsMissingConsents: 0, consentsOutstanding: 0 });
  });

  it('agree on a pair missing each required consent in turn, withdrawn or never recorded', async () => {
    const required = requiredConsents({ mentorId, menteeIds });
    // Pinned, so a kind dropped from the shared list is noticed here too.
    expect(required.map((r) => r.kind).sort()).toEqual(
      ['additional_agreement', 'mentee_participation', 'mentee_participation', 'mentor_duties', 'personal_data', 'personal_data', 'personal_data'],
    );
    for (const r of required) {
      const label = `${r.personId}:${r.kind}`;
      const expected = { complete: false, missing: [label], pairsMissingConsents: 1, consentsOutstanding: 1 };
      const [row] = await t.db.update(consents).set({ status: 'withdrawn', closedOn: '2026-10-01' }).where(rowOf(r)).returning();
      expect(await readings(), `${label} withdrawn`).toEqual(expected);
      await t.db.delete(consents).where(eq(consents.id, row!.id));
      expect(await readings(), `${label} without a record`).toEqual(expected);
      await t.db.insert(consents).values({ ...row!, status: 'received', closedOn: null });
      expect((await readings()).complete).toBe(true);
    }
  });

  it('do not count a pair-bound consent given for another pair', async () => {
    const other = (await formPair(t.db, tree.scopes.curator1a, await mentor(t.db, tree.orgs.s1a.id, teacher('Зайцев', 'Пётр', 'Ильич')), [await mentee(t.db, tree.orgs.s1a.id, teacher('Седых', 'Иван', 'Олегович'))])).id;
    await receiveAll(t.db, tree.scopes.curator1a, other);
    await t.db.update(consents).set({ pairId: other }).where(rowOf({ personId: mentorId, kind: 'mentor_duties', pairBound: true }));
    const r = await readings();
    expect(r).toEqual({ complete: false, missing: [`${mentorId}:mentor_duties`], pairsMissingConsents: 1, consentsOutstanding: 1 });
  });
});
