// Monitoring campaigns: who may open one, when a school may submit, re-submission before
// the deadline, and tenancy — a district sees only its schools, a school only itself.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, monitoringCampaigns, monitoringSubmissions, organizations } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { createCampaignSchema } from '@/lib/domain/validations/monitoring';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { createCampaign } from '@/lib/server/monitoring/create-campaign';
import { computeSchoolFigures, figuresVersion } from '@/lib/server/monitoring/figures';
import { listCampaigns } from '@/lib/server/monitoring/list-campaigns';
import { campaignSubmissions } from '@/lib/server/monitoring/submissions';
import { submitFigures } from '@/lib/server/monitoring/submit-figures';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let open: string;
let otherRegionCampaign: string;
const today = todayIso();

const campaign = (over: Partial<{ title: string; startsOn: string; deadline: string }> = {}) =>
  createCampaignSchema.parse({
    title: 'Стартовый мониторинг внедрения системы наставничества',
    startsOn: addDays(today, -1),
    deadline: addDays(today, 5),
    ...over,
  });

/** Inserted directly: the app refuses to open a campaign whose deadline has passed. */
async function insertCampaign(organizationId: string, startsOn: string, deadline: string) {
  const [row] = await t.db
    .insert(monitoringCampaigns)
    .values({ organizationId, title: 'Прошлый мониторинг', startsOn, deadline })
    .returning({ id: monitoringCampaigns.id });
  return row!.id;
}

async function submit(scope: Scope, campaignId: string, version?: string) {
  const v = version ?? figuresVersion(await computeSchoolFigures(t.db, scope, scope.orgId, today));
  return asUser(t.db, scope, (ctx) => submitFigures(ctx, { campaignId, version: v }));
}

const submissionsOf = (campaignId: string) => t.db.select().from(monitoringSubmissions).where(eq(monitoringSubmissions.campaignId, campaignId));

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  open = (await asUser(t.db, tree.scopes.region, (ctx) => createCampaign(ctx, campaign()))).id;
  const otherId = crypto.randomUUID();
  await t.db.insert(organizations).values({ id: otherId, kind: 'region', path: `/${otherId}/`, fullName: 'Другой регион', shortName: 'Другой регион' });
  otherRegionCampaign = await insertCampaign(otherId, addDays(today, -1), addDays(today, 5));
});
afterAll(() => t.close());

describe('opening a campaign', () => {
  it('is for the regional operator only', async () => {
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => createCampaign(ctx, campaign()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a deadline in the past or before the start, in Russian', async () => {
    await expect(
      asUser(t.db, tree.scopes.region, (ctx) => createCampaign(ctx, campaign({ startsOn: addDays(today, -10), deadline: addDays(today, -1) }))),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { deadline: [expect.stringContaining('Срок сдачи уже прошёл')] },
    });
    const bad = createCampaignSchema.safeParse({ title: '<&> мониторинг', startsOn: '2026-12-25', deadline: '2026-12-15' });
    expect(bad.success ? null : bad.error.issues[0]!.message).toBe('Срок сдачи не может быть раньше начала мониторинга.');
    expect(createCampaignSchema.safeParse({ title: 'x'.repeat(10_000), startsOn: '2026-12-15', deadline: '2026-12-25' }).error?.issues[0]!.message).toBe(
      'Поле «Название» длиннее 300 символов.',
    );
  });

  it('returns the same campaign on a double submit', async () => {
    const again = await asUser(t.db, tree.scopes.region, (ctx) => createCampaign(ctx, campaign()));
    expect(again.id).toBe(open);
    expect(await t.db.select().from(monitoringCampaigns).where(eq(monitoringCampaigns.organizationId, tree.orgs.region.id))).toHaveLength(1);
  });

  it('reaches every school of the region and no other region', async () => {
    for (const scope of [tree.scopes.region, tree.scopes.district2, tree.scopes.head1a]) {
      const { campaigns } = await listCampaigns(t.db, scope);
      expect(campaigns.map((c) => c.id)).toEqual([open]);
    }
  });
});

describe('submitting figures', () => {
  it('freezes the figures computed from the school data and audits the submission', async () => {
    expect(await submit(tree.scopes.head1a, open)).toEqual({ resubmitted: false });
    const [row] = await submissionsOf(open);
    expect(row).toMatchObject({ organizationId: tree.orgs.s1a.id, submittedBy: tree.scopes.head1a.userId });
    expect(row!.figures).toMatchObject({ referenceDate: today, counts: { schools: 1, staff: 2, staffWithoutData: 2 } });
  });

  it('lets the school submit again before the deadline, replacing the figures, both audited', async () => {
    expect(await submit(tree.scopes.curator1a, open)).toEqual({ resubmitted: true });
    const rows = await submissionsOf(open);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.submittedBy).toBe(tree.scopes.curator1a.userId);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'monitoring_submission'), eq(auditLog.organizationId, tree.orgs.s1a.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['monitoring.resubmit', 'monitoring.submit']);
    expect(audit.find((a) => a.action === 'monitoring.resubmit')!.before).toMatchObject({ referenceDate: today });
  });

  it('refuses figures the school did not see', async () => {
    await expect(submit(tree.scopes.head1b, open, 'f'.repeat(64))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Показатели изменились'),
    });
    expect(await submissionsOf(open)).toHaveLength(1);
  });

  it('refuses after the deadline and before the start, with a Russian message', async () => {
    const past = await insertCampaign(tree.orgs.region.id, addDays(today, -20), addDays(today, -1));
    await expect(submit(tree.scopes.head1a, past)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Приём сведений по мониторингу «Прошлый мониторинг» завершён: срок сдачи истёк \d\d\.\d\d\.\d{4}\.$/),
    });
    const future = await insertCampaign(tree.orgs.region.id, addDays(today, 2), addDays(today, 12));
    await expect(submit(tree.scopes.head1a, future)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('начнётся') });
    expect(await submissionsOf(past)).toHaveLength(0);
    expect(await submissionsOf(future)).toHaveLength(0);
  });

  it('is for schools: a district cannot submit', async () => {
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => submitFigures(ctx, { campaignId: open, version: 'a'.repeat(64) }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('treats forged campaign ids and other regions as not found, writing nothing', async () => {
    for (const id of [otherRegionCampaign, crypto.randomUUID(), 'not-a-uuid']) {
      await expect(submit(tree.scopes.head2, id, 'a'.repeat(64))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(campaignSubmissions(t.db, tree.scopes.district1, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await submissionsOf(otherRegionCampaign)).toHaveLength(0);
    await expect(computeSchoolFigures(t.db, tree.scopes.head1a, tree.orgs.s1b.id, today)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('who has submitted', () => {
  it('shows the region every district and school', async () => {
    const { rows, districts } = await campaignSubmissions(t.db, tree.scopes.region, open);
    expect(rows.map((r) => [r.schoolName, Boolean(r.submittedOn)])).toEqual([
      ['Школа 1А', true],
      ['Школа 1Б', false],
      ['Школа 2', false],
    ]);
    expect(districts).toEqual([
      { id: tree.orgs.d1.id, name: 'Район 1', schools: 2, submitted: 1 },
      { id: tree.orgs.d2.id, name: 'Район 2', schools: 1, submitted: 0 },
    ]);
    expect((await listCampaigns(t.db, tree.scopes.region)).campaigns.find((c) => c.id === open)!.submitted).toBe(1);
  });

  it('shows a district only its schools and a school only itself', async () => {
    const d2 = await campaignSubmissions(t.db, tree.scopes.district2, open);
    expect(d2.rows.map((r) => r.schoolName)).toEqual(['Школа 2']);
    expect(d2.districts).toHaveLength(1);
    const d1 = await campaignSubmissions(t.db, tree.scopes.district1, open);
    expect(d1.rows.map((r) => r.schoolName)).toEqual(['Школа 1А', 'Школа 1Б']);
    const head = await campaignSubmissions(t.db, tree.scopes.head1b, open);
    expect(head.rows.map((r) => [r.schoolName, r.figures])).toEqual([['Школа 1Б', null]]);
    const ofOpen = async (scope: Scope) => {
      const list = await listCampaigns(t.db, scope);
      return { schools: list.schools, submitted: list.campaigns.find((c) => c.id === open)!.submitted };
    };
    expect(await ofOpen(tree.scopes.head1b)).toEqual({ schools: 1, submitted: 0 });
    expect(await ofOpen(tree.scopes.head1a)).toEqual({ schools: 1, submitted: 1 });
    expect(await ofOpen(tree.scopes.district2)).toEqual({ schools: 1, submitted: 0 });
    expect(await ofOpen(tree.scopes.district1)).toEqual({ schools: 2, submitted: 1 });
  });
});
