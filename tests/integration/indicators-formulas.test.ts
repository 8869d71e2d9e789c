// Every indicator formula on hand-made data, with its edge cases: a teacher
// turning 35 on the reference date, experience of exactly 3 years, a teacher in two pairs,
// a withdrawn consent, a person without consent to personal data processing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, documents, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, people } from '@/db/schema';
import { classifyStaff } from '@/lib/domain/indicators/age';
import { keyIndicators } from '@/lib/domain/indicators/compute';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { KEY_PARTS } from '@/lib/server/indicators/school-counts';
import type { TemplateName } from '@/templates/registry';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

const ON = '2026-12-20';
let t: TestDatabase;
let tree: Tree;
const ids: Record<string, string> = {};

async function person(key: string, org: string, dates: { birthDate: string; pedagogicalStart: string } | null) {
  const [row] = await t.db
    .insert(people)
    .values({ organizationId: org, lastName: `Тестова-${key}`, firstName: 'Анна', middleName: 'Ивановна', position: 'учитель', personalDataConsent: dates !== null, ...(dates ?? {}) })
    .returning({ id: people.id });
  ids[key] = row!.id;
}

async function pair(key: string, org: string, mentor: string, mentees: string[], status: 'forming' | 'active' | 'completed' | 'terminated') {
  const [row] = await t.db
    .insert(mentorPairs)
    .values({ organizationId: org, mentorId: ids[mentor]!, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2026-09-01', endDate: '2027-05-31', status })
    .returning({ id: mentorPairs.id });
  ids[key] = row!.id;
  await t.db.insert(mentorPairMentees).values(mentees.map((m) => ({ pairId: row!.id, personId: ids[m]! })));
}

const received = (org: string, person: string, kind: 'mentor_duties' | 'additional_agreement' | 'personal_data' | 'mentee_participation', pairKey: string | null, status: 'received' | 'withdrawn' = 'received') =>
  t.db.insert(consents).values({ organizationId: org, personId: ids[person]!, pairId: pairKey ? ids[pairKey]! : null, kind, status, receivedOn: '2026-09-01' });

const issuedDoc = (org: string, template: TemplateName, status: 'issued' | 'draft' | 'cancelled' | 'amended') =>
  t.db.insert(documents).values({
    organizationId: org,
    template,
    title: template,
    status,
    data: {},
    ...(status === 'draft' ? {} : { issueDate: '2026-09-01', docx: Buffer.from('docx'), pdf: Buffer.from('pdf') }),
  });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const s1a = tree.orgs.s1a.id;
  const young = (birthDate = '1998-05-05') => ({ birthDate, pedagogicalStart: '2025-09-01' });
  await person('turns35', s1a, { birthDate: '1991-12-20', pedagogicalStart: '2025-09-01' });
  await person('twoPairs', s1a, young('1991-12-21'));
  await person('exactly3', s1a, { birthDate: '2000-01-01', pedagogicalStart: '2023-12-20' });
  await person('uncovered', s1a, { birthDate: '2000-01-01', pedagogicalStart: '2023-12-21' });
  await person('noConsent', s1a, null);
  await person('terminatedOnly', s1a, young());
  await person('forming', s1a, young());
  await person('mentor1', s1a, { birthDate: '1970-01-01', pedagogicalStart: '1992-09-01' });
  await person('mentor2', s1a, { birthDate: '1975-01-01', pedagogicalStart: '1997-09-01' });
  await t.db.insert(mentorProfiles).values([{ personId: ids.mentor1!, organizationId: s1a }, { personId: ids.mentor2!, organizationId: s1a }]);
  await t.db.insert(menteeProfiles).values(['twoPairs', 'uncovered', 'forming'].map((k) => ({ personId: ids[k]!, organizationId: s1a, category: 'young_specialist' as const })));
  await pair('active', s1a, 'mentor1', ['twoPairs', 'noConsent'], 'active');
  await pair('completed', s1a, 'mentor2', ['twoPairs'], 'completed');
  await pair('terminated', s1a, 'mentor2', ['terminatedOnly'], 'terminated');
  await pair('formingPair', s1a, 'mentor1', ['forming'], 'forming');
  // The active group: everything received except the withdrawn personal-data consent of one
  // mentee and anything at all from the mentee without consent.
  await received(s1a, 'mentor1', 'mentor_duties', 'active');
  await received(s1a, 'mentor1', 'additional_agreement', 'active');
  await received(s1a, 'mentor1', 'personal_data', null);
  await received(s1a, 'twoPairs', 'mentee_participation', 'active');
  await received(s1a, 'twoPairs', 'personal_data', null, 'withdrawn');
  // A consent of the completed pair counts for nothing: only forming and active pairs need them.
  await received(s1a, 'mentor2', 'mentor_duties', 'completed');

  await issuedDoc(s1a, 'school-intro-order', 'issued');
  await issuedDoc(s1a, 'school-regulation', 'issued');
  await issuedDoc(tree.orgs.s1b.id, 'school-intro-order', 'draft');
  await issuedDoc(tree.orgs.s2.id, 'school-intro-order', 'amended');
  await issuedDoc(tree.orgs.s2.id, 'school-regulation', 'cancelled');
});
afterAll(() => t.close());

const report = (unitId?: string, scope = tree.scopes.region, referenceDate = ON) => loadIndicatorReport(t.db, scope, { unitId, referenceDate });
const school = async (id: string) => (await report(id)).total;

describe('young teachers and their coverage', () => {
  it('counts by age and experience on the reference date, each person once', async () => {
    const c = await school(tree.orgs.s1a.id);
    // twoPairs, uncovered, terminatedOnly, forming; not turns35 (35 today) nor exactly3 (3 years today).
    expect(c.youngTeachers).toBe(4);
    // twoPairs (in two pairs, counted once) and forming; not the terminated pair's mentee.
    expect(c.youngCovered).toBe(2);
    expect(keyIndicators(c, 'school').find((v) => v.key === 'youngCoverage')!.fact).toBe(50);
  });

  it('leaves people without consent or dates out of the denominator and counts them apart', async () => {
    const c = await school(tree.orgs.s1a.id);
    // Two fixture staff of the tree (no consent) and noConsent.
    expect(c).toMatchObject({ staff: 11, staffWithoutData: 3 });
  });

  it('agrees with the pure formula person by person', async () => {
    const rows = await t.db.select().from(people).where(eq(people.organizationId, tree.orgs.s1a.id));
    const young = rows.filter((p) => classifyStaff(p, ON) === 'young').length;
    const unknown = rows.filter((p) => classifyStaff(p, ON) === 'unknown').length;
    // Pinned, so a bug shared by the formula and the query cannot agree with itself.
    expect({ young, unknown }).toEqual({ young: 4, unknown: 3 });
    expect(await school(tree.orgs.s1a.id)).toMatchObject({ youngTeachers: young, staffWithoutData: unknown });
  });

  it('moves with the reference date: a day earlier the 35-year-old is still young', async () => {
    const { total } = await report(tree.orgs.s1a.id, tree.scopes.region, '2026-12-19');
    // turns35 is 34 and exactly3 has 2 years 364 days of experience.
    expect(total.youngTeachers).toBe(6);
  });
});

describe('banks, pairs and consents', () => {
  it('counts mentors with a profile, mentees once, pairs by status', async () => {
    expect(await school(tree.orgs.s1a.id)).toMatchObject({
      mentors: 2,
      // Profiles of twoPairs, uncovered, forming plus noConsent of the active group.
      mentees: 4,
      pairsForming: 1,
      pairsActive: 1,
      pairsCompleted: 1,
      pairsTerminated: 1,
    });
  });

  it('counts the consents forming and active pairs still need, a withdrawn one among them', async () => {
    // Active group: twoPairs' withdrawn personal data, noConsent's participation and personal data (3);
    // forming pair: mentor1's duties and agreement for it, forming's participation and personal data (4);
    // mentor1's personal-data consent is one for both pairs and was received.
    expect((await school(tree.orgs.s1a.id)).consentsOutstanding).toBe(7);
  });
});

describe('schools implementing the model and having a положение', () => {
  it('counts issued and amended orders, not drafts or cancelled ones', async () => {
    const d1 = await report(tree.orgs.d1.id);
    expect(d1.total).toMatchObject({ schools: 2, schoolsImplementing: 1, schoolsWithRegulation: 1 });
    const region = await report();
    expect(region.total).toMatchObject({ schools: 3, schoolsImplementing: 2, schoolsWithRegulation: 1 });
    const byKey = Object.fromEntries(keyIndicators(region.total, 'region').map((v) => [v.key, v]));
    expect(byKey.implementing!.fact).toBeCloseTo(66.67, 1);
    expect(byKey.regulation!.fact).toBeCloseTo(33.33, 1);
    expect(byKey.mentorBase).toMatchObject({ fact: 1, achieved: true });
  });
});

describe('the dashboard’s reduced report', () => {
  it('gives the same key indicators while skipping the other counts', async () => {
    const full = await report();
    const key = await loadIndicatorReport(t.db, tree.scopes.region, { referenceDate: ON, parts: KEY_PARTS });
    expect(keyIndicators(key.total, 'region')).toEqual(keyIndicators(full.total, 'region'));
    // The counts kept per school come whole with the key parts, the outstanding consents too.
    expect(key.total.consentsOutstanding).toBe(7);
    expect(full.total.consentsOutstanding).toBe(7);
  });
});

describe('units and tenancy', () => {
  it('gives the region one row per district and a district one row per school', async () => {
    const region = await report();
    expect(region.rows.map((r) => r.name)).toEqual(['Район 1', 'Район 2']);
    expect(region.rows[0]!.counts.youngTeachers).toBe(4);
    expect(region.schools).toHaveLength(3);
    const d1 = await report(undefined, tree.scopes.district1);
    expect(d1.level).toBe('municipality');
    expect(d1.rows.map((r) => r.name)).toEqual(['Школа 1А', 'Школа 1Б']);
  });

  it('never shows a district another district, its region or a forged id', async () => {
    for (const id of [tree.orgs.d2.id, tree.orgs.s2.id, tree.orgs.region.id, 'not-a-uuid', crypto.randomUUID()]) {
      await expect(report(id, tree.scopes.district1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(report(tree.orgs.s1b.id, tree.scopes.head1a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
