// «Отметить все полученными»: a set of consents marked received on one date in one
// transaction, only the requested ones, with the single mark's rules and an audit row each.
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, people } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { markConsentsReceivedSchema, recordConsentSchema } from '@/lib/domain/validations/consents';
import { markConsentsReceived } from '@/lib/server/consents/mark-received';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, mentee, mentor, TODAY } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let foreignIds: string[];

const teacher = (lastName: string, firstName: string, middleName: string) => ({ lastName, firstName, middleName, position: 'учитель начальных классов' });
const curator = () => tree.scopes.curator1a;
const mark = (input: Record<string, unknown>, scope = curator()) =>
  asUser(t.db, scope, (ctx) => markConsentsReceived(ctx, markConsentsReceivedSchema.parse(input)));
const ofOrg = (orgId: string) => t.db.select().from(consents).where(eq(consents.organizationId, orgId));
const byStatus = async (orgId: string) => {
  const rows = await ofOrg(orgId);
  return rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
};
const consentAudits = async () => (await t.db.select({ n: count() }).from(auditLog).where(like(auditLog.action, 'consent.%')))[0]!.n;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s1a = tree.orgs.s1a.id;
  const m1 = await mentor(t.db, s1a, teacher('Морозова', 'Светлана', 'Геннадьевна'));
  const m2 = await mentor(t.db, s1a, teacher('Белова', 'Ирина', 'Олеговна'));
  const a = await mentee(t.db, s1a, teacher('Солнцева', 'Алёна', 'Игоревна'));
  const b = await mentee(t.db, s1a, teacher('Ветрова', 'Дарья', 'Андреевна'));
  const c = await mentee(t.db, s1a, teacher('Листова', 'Анна', 'Павловна'));
  await formPair(t.db, curator(), m1, [a, b]);
  await formPair(t.db, curator(), m2, [c]);
  const fm = await mentor(t.db, tree.orgs.s2.id, teacher('Чернова', 'Вера', 'Петровна'));
  const fa = await mentee(t.db, tree.orgs.s2.id, teacher('Чернов', 'Пётр', 'Ильич'));
  await formPair(t.db, tree.scopes.head2, fm, [fa]);
  foreignIds = (await ofOrg(tree.orgs.s2.id)).map((r) => r.id);
});
afterAll(() => t.close());

describe('marking a set of consents received', () => {
  it('refuses a future date, a foreign consent or an empty set, and changes nothing', async () => {
    const ours = (await ofOrg(tree.orgs.s1a.id)).map((r) => r.id);
    const before = await byStatus(tree.orgs.s1a.id);
    await expect(mark({ consentIds: ours, date: addDays(TODAY, 1) })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { date: ['Дата не может быть позже сегодняшней.'] } });
    await expect(mark({ consentIds: [...ours, foreignIds[0]], date: TODAY })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mark({ consentIds: ours, date: TODAY }, tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(markConsentsReceivedSchema.safeParse({ consentIds: [], date: TODAY }).error?.issues[0]?.message).toBe('Нет запрошенных согласий для отметки.');
    expect(markConsentsReceivedSchema.safeParse({ consentIds: ours, date: '31.02.2026' }).error?.issues[0]?.message).toBe(
      'В поле «Дата получения» такой даты нет в календаре.',
    );
    expect(await byStatus(tree.orgs.s1a.id)).toEqual(before);
  });

  it('marks every requested consent of the set with the one date (typed дд.мм.гггг), leaves a declined one, audits each', async () => {
    const rows = await ofOrg(tree.orgs.s1a.id);
    // Two pairs: the mentors' duties and agreements (2 × 2), three mentees' participation, five people's personal data.
    expect(rows).toHaveLength(12);
    const declined = rows.find((r) => r.kind === 'mentee_participation')!;
    await asUser(t.db, curator(), (ctx) => recordConsent(ctx, recordConsentSchema.parse({ status: 'declined', consentId: declined.id, date: TODAY })));
    const audits = await consentAudits();

    const [d, m, y] = [TODAY.slice(8, 10), TODAY.slice(5, 7), TODAY.slice(0, 4)];
    const result = await mark({ consentIds: rows.map((r) => r.id), date: `${d}.${m}.${y}` });
    expect(result).toEqual({ marked: 11, skipped: 1 });

    const after = await ofOrg(tree.orgs.s1a.id);
    expect(after.filter((r) => r.status === 'received' && r.receivedOn === TODAY && r.recordedBy === curator().userId)).toHaveLength(11);
    expect(after.find((r) => r.id === declined.id)).toMatchObject({ status: 'declined', receivedOn: null });
    expect(await consentAudits()).toBe(audits + 11);
    // The personal-data consent reaches the person's record as a single mark does.
    const withConsent = await t.db
      .select({ n: count() })
      .from(people)
      .where(and(eq(people.organizationId, tree.orgs.s1a.id), eq(people.personalDataConsent, true)));
    expect(withConsent[0]!.n).toBeGreaterThanOrEqual(5);
    // The other school's consents are untouched.
    expect(await byStatus(tree.orgs.s2.id)).toEqual({ requested: foreignIds.length });
  });

  it('refuses a set with nothing left to mark', async () => {
    const rows = await ofOrg(tree.orgs.s1a.id);
    await expect(mark({ consentIds: rows.filter((r) => r.status === 'received').map((r) => r.id), date: TODAY })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
