// The facts behind a school's path, on hand-made data: each of the nine steps moves from
// todo to progress to done as the data grows; many schools cost the same number of queries
// as one; schools outside the scope are never read.
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import {
  consents,
  documents,
  menteeProfiles,
  mentorPairMentees,
  mentorPairs,
  mentorProfiles,
  monitoringCampaigns,
  monitoringSubmissions,
  organizations,
  people,
  programs,
} from '@/db/schema';
import { schoolPath, type StepState } from '@/lib/domain/school/path';
import { loadSchoolFacts, loadSchoolsFacts } from '@/lib/server/dashboard/school-facts';
import type { TemplateName } from '@/templates/registry';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let s1a: string;
const staff: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  s1a = tree.orgs.s1a.id;
  for (const name of ['mentorA', 'mentorB', 'menteeA', 'menteeB', 'menteeC']) {
    const [row] = await t.db.insert(people).values({ organizationId: s1a, lastName: name, firstName: 'Имя', position: 'учитель' }).returning({ id: people.id });
    staff[name] = row!.id;
  }
});
afterAll(() => t.close());

const states = async (schoolId = s1a): Promise<StepState[]> => schoolPath(await loadSchoolFacts(t.db, tree.scopes.district1, schoolId)).map((s) => s.state);
const stepOf = async (no: number) => (await states())[no - 1];

const issuedDoc = (organizationId: string, template: TemplateName, status: 'issued' | 'draft' = 'issued') =>
  t.db.insert(documents).values({
    organizationId,
    template,
    title: template,
    status,
    data: {},
    ...(status === 'issued' ? { issueDate: '2026-09-01', docx: Buffer.from('docx'), pdf: Buffer.from('pdf') } : {}),
  });

async function pair(mentor: string, mentees: string[], status: 'forming' | 'active' | 'completed' | 'terminated' = 'forming') {
  const [row] = await t.db
    .insert(mentorPairs)
    .values({ organizationId: s1a, mentorId: staff[mentor]!, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2026-10-01', endDate: '2027-05-31', status })
    .returning({ id: mentorPairs.id });
  await t.db.insert(mentorPairMentees).values(mentees.map((m) => ({ pairId: row!.id, personId: staff[m]! })));
  return row!.id;
}

const consent = (person: string, kind: 'mentor_duties' | 'additional_agreement' | 'personal_data' | 'mentee_participation', pairId: string | null) =>
  t.db.insert(consents).values({ organizationId: s1a, personId: staff[person]!, pairId, kind, status: 'received', receivedOn: '2026-09-20' });

const setStatus = (id: string, status: 'active' | 'completed') => t.db.update(mentorPairs).set({ status }).where(eq(mentorPairs.id, id));

describe('the facts of one school, step by step', () => {
  const pairs: Record<string, string> = {};

  it('starts with setup done (names and an active curator) and everything else to do', async () => {
    expect(await states()).toEqual(['done', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo', 'todo']);
    // Names filled but no curator: in progress; a blank name: to do.
    expect((await states(tree.orgs.s1b.id))[0]).toBe('progress');
    await t.db.update(organizations).set({ headLastName: '' }).where(eq(organizations.id, tree.orgs.s1b.id));
    expect((await states(tree.orgs.s1b.id))[0]).toBe('todo');
  });

  it('2: a draft introduction order is in progress, an issued one done', async () => {
    await issuedDoc(s1a, 'school-intro-order', 'draft');
    expect(await stepOf(2)).toBe('progress');
    await issuedDoc(s1a, 'school-intro-order');
    expect(await stepOf(2)).toBe('done');
  });

  it('3: both banks are progress, the issued mentor-list order done', async () => {
    await t.db.insert(mentorProfiles).values([staff.mentorA!, staff.mentorB!].map((personId) => ({ personId, organizationId: s1a })));
    expect(await stepOf(3)).toBe('todo');
    await t.db.insert(menteeProfiles).values([staff.menteeA!, staff.menteeB!, staff.menteeC!].map((personId) => ({ personId, organizationId: s1a, category: 'young_specialist' as const })));
    expect(await stepOf(3)).toBe('progress');
    await issuedDoc(s1a, 'mentor-list-order');
    expect(await stepOf(3)).toBe('done');
  });

  it('4: pairs not terminated are progress; every mentee paired is done', async () => {
    await pair('mentorB', ['menteeC'], 'terminated');
    expect(await stepOf(4)).toBe('todo');
    pairs.one = await pair('mentorA', ['menteeA']);
    expect(await stepOf(4)).toBe('progress');
    pairs.group = await pair('mentorB', ['menteeB', 'menteeC']);
    expect(await stepOf(4)).toBe('done');
  });

  it('5: some consents are progress; every open pair complete is done', async () => {
    expect(await stepOf(5)).toBe('todo');
    await consent('mentorA', 'mentor_duties', pairs.one!);
    await consent('mentorA', 'additional_agreement', pairs.one!);
    await consent('mentorA', 'personal_data', null);
    await consent('menteeA', 'mentee_participation', pairs.one!);
    expect(await stepOf(5)).toBe('progress');
    await consent('menteeA', 'personal_data', null);
    const facts = await loadSchoolFacts(t.db, tree.scopes.curator1a);
    expect(facts.pairsMissingConsents).toBe(1);
    for (const kind of ['mentor_duties', 'additional_agreement'] as const) await consent('mentorB', kind, pairs.group!);
    await consent('mentorB', 'personal_data', null);
    for (const m of ['menteeB', 'menteeC']) await consent(m, 'mentee_participation', pairs.group!);
    await consent('menteeB', 'personal_data', null);
    expect(await stepOf(5)).toBe('progress');
    await consent('menteeC', 'personal_data', null);
    expect(await stepOf(5)).toBe('done');
  });

  it('6: an active pair is progress; none forming is done', async () => {
    expect(await stepOf(6)).toBe('todo');
    await setStatus(pairs.one!, 'active');
    expect(await stepOf(6)).toBe('progress');
    await setStatus(pairs.group!, 'active');
    expect(await stepOf(6)).toBe('done');
  });

  it('7: one ППН is progress; a ППН for every active pair is done', async () => {
    await t.db.insert(programs).values({ organizationId: s1a, kind: 'iom', personId: staff.menteeA!, data: {} });
    expect(await stepOf(7)).toBe('todo');
    await t.db.insert(programs).values({ organizationId: s1a, kind: 'ppn', pairId: pairs.one!, data: {} });
    expect(await stepOf(7)).toBe('progress');
    await t.db.insert(programs).values({ organizationId: s1a, kind: 'ppn', pairId: pairs.group!, data: {} });
    expect(await stepOf(7)).toBe('done');
  });

  it('8: an open campaign of the region is progress; a submission to the latest is done', async () => {
    const [campaign] = await t.db
      .insert(monitoringCampaigns)
      .values({ organizationId: tree.orgs.region.id, title: 'Мониторинг 2026', startsOn: '2026-12-15', deadline: '2026-12-25' })
      .returning({ id: monitoringCampaigns.id });
    expect(await stepOf(8)).toBe('progress');
    await t.db.insert(monitoringSubmissions).values({ campaignId: campaign!.id, organizationId: s1a, figures: {} });
    expect(await stepOf(8)).toBe('done');
    // Another school of the region still has it open.
    expect((await states(tree.orgs.s1b.id))[7]).toBe('progress');
  });

  it('9: a completed pair is progress; the issued results order is done', async () => {
    await setStatus(pairs.one!, 'completed');
    expect(await stepOf(9)).toBe('progress');
    await issuedDoc(s1a, 'results-order');
    expect(await states()).toEqual(Array(9).fill('done'));
  });
});

describe('many schools at once', () => {
  it('returns the facts of the scope’s schools only, keyed by id', async () => {
    const all = [tree.orgs.s1a.id, tree.orgs.s1b.id, tree.orgs.s2.id, 'not-a-uuid'];
    const facts = await loadSchoolsFacts(t.db, tree.scopes.district1, all);
    expect([...facts.keys()].sort()).toEqual([tree.orgs.s1a.id, tree.orgs.s1b.id].sort());
    expect(facts.get(tree.orgs.s1a.id)!.ppnCount).toBe(2);
    expect((await loadSchoolsFacts(t.db, tree.scopes.region, all)).size).toBe(3);
  });

  it('refuses another school or district as not found', async () => {
    await expect(loadSchoolFacts(t.db, tree.scopes.head1b, s1a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadSchoolFacts(t.db, tree.scopes.district2, s1a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadSchoolFacts(t.db, tree.scopes.district1, tree.orgs.d1.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('costs the same number of queries for one school as for all of them', async () => {
    const pool = new Pool({ connectionString: t.url, max: 4 });
    let queries = 0;
    const counted = drizzle(pool, { schema, logger: { logQuery: () => void queries++ } });
    const extra = await t.db
      .insert(organizations)
      .values(
        Array.from({ length: 20 }, (_, i) => {
          const id = crypto.randomUUID();
          return { id, kind: 'school' as const, parentId: tree.orgs.d1.id, path: `${tree.orgs.d1.path}${id}/`, fullName: `Школа ${i}`, shortName: `Школа ${i}` };
        }),
      )
      .returning({ id: organizations.id });
    await loadSchoolsFacts(counted, tree.scopes.district1, [s1a]);
    const one = queries;
    queries = 0;
    const many = await loadSchoolsFacts(counted, tree.scopes.district1, [s1a, tree.orgs.s1b.id, ...extra.map((e) => e.id)]);
    expect(many.size).toBe(22);
    expect(queries).toBe(one);
    await pool.end();
  });
});
