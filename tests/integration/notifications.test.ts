// Notifications on a real database with a real SMTP server in the process: a district order
// issued reaches each head's inbox and mailbox, the coordinator's reminder reaches only those
// who have not acknowledged (once a day), a school order reaches the teacher it names, the
// state check writes each curator's notice once, and nobody reads or marks another's rows.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueDistrictOrderAction, remindAcknowledgementAction } from '@/app/(app)/district/orders/actions';
import type { Db } from '@/db/client';
import { auditLog, mentorPairMentees, mentorPairs, monitoringCampaigns, monitoringSubmissions, notifications, organizations, users } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { nameParts, prefill } from '@/lib/domain/district/order-prefill';
import { districtOrderForm } from '@/lib/domain/validations/district';
import { createSession } from '@/lib/server/auth/sessions';
import { todayIso } from '@/lib/server/clock';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { reminderState, remindAcknowledgement } from '@/lib/server/district/remind-order';
import { createDistrictOrder } from '@/lib/server/district/save-order';
import { acknowledgeInApp } from '@/lib/server/documents/acknowledge';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { listMyAcknowledgements } from '@/lib/server/documents/my-acknowledgements';
import { listNotifications, unreadNotificationCount } from '@/lib/server/notifications/inbox';
import { deliverPendingMail, kickMailer } from '@/lib/server/notifications/mailer';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/server/notifications/mark-read';
import { syncStateNotifications } from '@/lib/server/notifications/sync-state';
import introOrder from '@/templates/school-intro-order/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { asUser, buildTree, type Tree } from '../support/tree';

// The server actions run as the app wires them; only the framework's request edges are stood in for.
const request = vi.hoisted(() => ({ cookies: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'user-agent': 'vitest' }),
  cookies: async () => ({ getAll: () => request.cookies, get: (name: string) => request.cookies.find((c) => c.name === name) }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const SECRET = randomBytes(32).toString('hex');

let t: TestDatabase;
let tree: Tree;
let smtp: TestSmtp;
const today = todayIso();
const APP_URL = 'https://nastavnik.example.ru';
const env = { ...process.env };

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  smtp = await startSmtp();
  // The app's process-wide database handle (getDb, which the mailer uses) is this file's database.
  (globalThis as { nastavnikDb?: Db }).nastavnikDb = t.db;
  await t.db.update(users).set({ fullName: 'Строкина Светлана Викторовна' }).where(eq(users.id, tree.scopes.district1.userId));
  await t.db.update(users).set({ fullName: 'Иванова Мария Петровна' }).where(eq(users.id, tree.scopes.head1a.userId));
  await t.db.update(users).set({ fullName: 'Лабуренко Татьяна Михайловна' }).where(eq(users.id, tree.scopes.head1b.userId));
});
afterAll(async () => {
  delete (globalThis as { nastavnikDb?: Db }).nastavnikDb;
  await smtp.close();
  await t.close();
});
afterEach(() => {
  process.env = { ...env };
  smtp.messages.length = 0;
});

function mailOn() {
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = '"Наставник" <robot@nastavnik.example.ru>';
  process.env.APP_URL = APP_URL;
}

const issuedDistrictOrder = async () => {
  const form = districtOrderForm.parse(
    prefill('regulation', { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today }),
  );
  return asUser(t.db, tree.scopes.district1, async (ctx) => {
    const { id } = await createDistrictOrder(ctx, form);
    return issueDistrictOrder(ctx, { documentId: id, issueDate: today });
  });
};

const inboxOf = (userId: string) => t.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('a district order issued', () => {
  it('writes a notice to each head of the district in the same transaction and mails it after the commit', async () => {
    mailOn();
    const order = await issuedDistrictOrder();
    for (const head of [tree.scopes.head1a, tree.scopes.head1b]) {
      const rows = (await inboxOf(head.userId)).filter((n) => n.dedupKey === `issued:${order.id}`);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: 'document_issued', link: `/documents/${order.id}`, mailStatus: 'pending', organizationId: head.orgId, readAt: null });
    }
    // Another district's head and the coordinator who issued it hear nothing.
    expect(await inboxOf(tree.scopes.head2.userId)).toEqual([]);
    expect(await inboxOf(tree.scopes.district1.userId)).toEqual([]);

    expect(await deliverPendingMail(t.db)).toEqual({ sent: 2, failed: 0 });
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['head1a@test.ru', 'head1b@test.ru']);
    const mail = mails.find((m) => m.to[0] === 'head1a@test.ru')!;
    expect(mail.from).toBe('robot@nastavnik.example.ru');
    expect(mail.subject).toMatch(/^Новый документ для ознакомления: Об утверждении положения о системе наставничества/);
    expect(mail.text).toContain('Здравствуйте, Иванова Мария Петровна!');
    expect(mail.text).toContain(`№ ${order.number} от`);
    expect(mail.text).toContain(`Открыть: ${APP_URL}/documents/${order.id}`);
    expect(mail.html).toContain(`<a href="${APP_URL}/documents/${order.id}">`);
    expect(mail.html).toContain('Здравствуйте, Иванова Мария Петровна!');
    const sent = (await inboxOf(tree.scopes.head1a.userId)).find((n) => n.dedupKey === `issued:${order.id}`)!;
    expect(sent.mailStatus).toBe('sent');
    expect(sent.mailedAt).not.toBeNull();
    // Nothing is sent twice.
    expect(await deliverPendingMail(t.db)).toEqual({ sent: 0, failed: 0 });
  });

  it('without SMTP_URL the inbox works and nothing is marked for mail', async () => {
    delete process.env.SMTP_URL;
    const order = await issuedDistrictOrder();
    const [row] = (await inboxOf(tree.scopes.head1a.userId)).filter((n) => n.dedupKey === `issued:${order.id}`);
    expect(row).toMatchObject({ kind: 'document_issued', mailStatus: null });
    expect(await deliverPendingMail(t.db)).toEqual({ sent: 0, failed: 0 });
    const inbox = await listNotifications(t.db, tree.scopes.head1a);
    expect(inbox[0]).toMatchObject({ id: row!.id, link: `/documents/${order.id}` });
    expect(inbox[0]!.title).toContain('Об утверждении положения');
    expect(smtp.messages).toEqual([]);
  });

  it('a mail server that does not answer fails neither the issue nor the inbox; the failure is recorded', async () => {
    mailOn();
    process.env.SMTP_URL = 'smtp://127.0.0.1:1/?ignoreTLS=true&connectionTimeout=2000';
    const order = await issuedDistrictOrder();
    expect(order.number).toBeTruthy();
    expect(await deliverPendingMail(t.db)).toEqual({ sent: 0, failed: 2 });
    const [row] = (await inboxOf(tree.scopes.head1b.userId)).filter((n) => n.dedupKey === `issued:${order.id}`);
    expect(row).toMatchObject({ mailStatus: 'failed', readAt: null });
    expect(row!.mailError).toBeTruthy();
  });
});

describe("the coordinator's reminder", () => {
  it('reaches by inbox and mail only the heads who have not acknowledged, once a day', async () => {
    mailOn();
    const order = await issuedDistrictOrder();
    await deliverPendingMail(t.db);
    smtp.messages.length = 0;
    // head1a acknowledges in the app (with the consent to electronic HR documents)…
    await t.db.update(users).set({ electronicHrConsent: true }).where(eq(users.id, tree.scopes.head1a.userId));
    // …in a school whose local act makes in-app acknowledgements count (ст. 22.2 ТК РФ).
    await t.db.update(organizations).set({ electronicHrAct: { date: '2026-01-12', number: '3-од' } }).where(eq(organizations.id, tree.scopes.head1a.orgId));
    const mine = (await listMyAcknowledgements(t.db, tree.scopes.head1a)).find((a) => a.documentId === order.id)!;
    await asUser(t.db, { ...tree.scopes.head1a, electronicHrConsent: true }, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: mine.id }));

    const remind = (day = today) => asUser(t.db, tree.scopes.district1, (ctx) => remindAcknowledgement(ctx, { documentId: order.id }, day));
    expect(await reminderState(t.db, tree.scopes.district1, order.id)).toEqual({ pending: 1, due: 1 });
    expect(await remind()).toEqual({ reminded: 1, alreadyToday: 0 });
    // As scopedAction does after the commit: the background mailer sends it.
    kickMailer();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual(['head1b@test.ru']);
    expect(mail!.subject).toBe(`Напоминание: ознакомьтесь с приказом № ${order.number} от ${today.split('-').reverse().join('.')}`);
    expect(mail!.text).toContain('Район 1 напоминает: вы ещё не ознакомились с приказом «Об утверждении положения');
    expect(mail!.text).toContain(`${APP_URL}/documents/${order.id}`);
    expect(mail!.html).toContain(`href="${APP_URL}/documents/${order.id}"`);
    const reminders = await t.db.select().from(notifications).where(eq(notifications.kind, 'acknowledgement_reminder'));
    expect(reminders.map((r) => r.userId)).toEqual([tree.scopes.head1b.userId]);

    // A second click the same day reminds nobody and mails nothing; the page can say so.
    expect(await remind()).toEqual({ reminded: 0, alreadyToday: 1 });
    expect(await reminderState(t.db, tree.scopes.district1, order.id)).toEqual({ pending: 1, due: 0 });
    kickMailer();
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages).toHaveLength(1);
    // The next day it may remind again.
    expect(await remind(addDays(today, 1))).toEqual({ reminded: 1, alreadyToday: 0 });

    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'district_order.remind'), eq(auditLog.entityId, order.id)));
    expect(audit.map((a) => a.after)).toEqual([
      { reminded: 1, alreadyToday: 0, date: today },
      { reminded: 0, alreadyToday: 1, date: today },
      { reminded: 1, alreadyToday: 0, date: addDays(today, 1) },
    ]);
  });

  it("another district's coordinator cannot remind about the order, a draft cannot be reminded about", async () => {
    const order = await issuedDistrictOrder();
    await expect(asUser(t.db, tree.scopes.district2, (ctx) => remindAcknowledgement(ctx, { documentId: order.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reminderState(t.db, tree.scopes.district2, order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const form = districtOrderForm.parse(
      prefill('duties', { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today }),
    );
    const draft = await asUser(t.db, tree.scopes.district1, (ctx) => createDistrictOrder(ctx, form));
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => remindAcknowledgement(ctx, { documentId: draft.id }))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Напомнить можно только об изданном действующем приказе.',
    });
  });
});

describe('the server actions as the app wires them', () => {
  it('mail reaches the SMTP server after the commit of the issue and of the reminder', async () => {
    mailOn();
    // Whatever earlier tests left pending (tomorrow's reminder) goes first; start from an empty mailbox.
    await deliverPendingMail(t.db);
    smtp.messages.length = 0;
    process.env.NEXTAUTH_SECRET = SECRET;
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    const sid = await createSession(t.db, tree.scopes.district1.userId, 3600);
    request.cookies = [{ name: 'next-auth.session-token', value: await encode({ token: { uid: tree.scopes.district1.userId, sid }, secret: SECRET }) }];
    const form = districtOrderForm.parse(
      prefill('duties', { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today }),
    );
    const { id } = await asUser(t.db, tree.scopes.district1, (ctx) => createDistrictOrder(ctx, form));

    const issued = await issueDistrictOrderAction({ documentId: id, issueDate: today });
    expect(issued).toMatchObject({ ok: true });
    const mails = await smtp.waitFor(2);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['head1a@test.ru', 'head1b@test.ru']);
    expect(mails.every((m) => m.text.includes(`${APP_URL}/documents/${id}`) && m.html.includes(`href="${APP_URL}/documents/${id}"`))).toBe(true);

    smtp.messages.length = 0;
    const reminded = await remindAcknowledgementAction({ documentId: id });
    expect(reminded).toEqual({ ok: true, data: { reminded: 2, alreadyToday: 0 } });
    const reminders = await smtp.waitFor(2);
    expect(reminders.map((m) => m.subject)).toEqual([expect.stringMatching(/^Напоминание: ознакомьтесь с приказом № /), expect.stringMatching(/^Напоминание/)]);
    expect(await remindAcknowledgementAction({ documentId: id })).toEqual({ ok: true, data: { reminded: 0, alreadyToday: 2 } });
    expect(await remindAcknowledgementAction({ documentId: 'не-uuid' })).toMatchObject({ ok: false, error: 'Проверьте заполнение полей.' });
    request.cookies = [];
  });
});

describe('a school document addressed to a teacher', () => {
  it('reaches the teacher whose staff record is on the sheet', async () => {
    const personId = tree.people.s1a[0]!;
    await t.db.update(users).set({ personId }).where(eq(users.id, tree.scopes.teacher1a.userId));
    const issued = await asUser(t.db, tree.scopes.curator1a, async (ctx) => {
      const { id } = await createDraft(ctx, {
        template: 'school-intro-order',
        title: 'О внедрении системы наставничества',
        data: { ...introOrder, date: null, number: null },
        acknowledgements: [{ personId, lastName: 'Петров-1а', firstName: 'Иван', middleName: 'Сергеевич', unit: 'учитель' }],
      });
      return issueDocument(ctx, { documentId: id, issueDate: today });
    });
    const [row] = await inboxOf(tree.scopes.teacher1a.userId);
    expect(row).toMatchObject({ kind: 'document_issued', dedupKey: `issued:${issued.id}`, link: `/documents/${issued.id}`, organizationId: tree.orgs.s1a.id });
    expect(row!.body).toMatch(/^Школа 1А: издан документ «О внедрении системы .*» № 1 от \d\d\.\d\d\.\d{4}\. Ознакомьтесь/);
  });
});

describe("the state check of a curator's school", () => {
  let mentorId: string;
  let menteeId: string;
  beforeAll(async () => {
    [mentorId, menteeId] = tree.people.s1a as [string, string];
  });
  const pair = async (status: 'forming' | 'active', endDate: string) => {
    const [p] = await t.db
      .insert(mentorPairs)
      .values({ organizationId: tree.orgs.s1a.id, mentorId, form: 'педагог – педагог', kind: 'индивидуальное', startDate: addDays(today, -200), endDate, status })
      .returning({ id: mentorPairs.id });
    await t.db.insert(mentorPairMentees).values({ pairId: p!.id, personId: menteeId });
    return p!.id;
  };
  const keysOf = async (userId: string) => (await inboxOf(userId)).map((n) => n.dedupKey).filter((k) => !/^(issued|reminder):/.test(k)).sort();

  it('announces missing consents, a term ending within 14 days and a near monitoring deadline, once each', async () => {
    const forming = await pair('forming', addDays(today, 120));
    const ending = await pair('active', addDays(today, 14));
    await pair('active', addDays(today, 15));
    await pair('active', addDays(today, -1));
    const [due] = await t.db
      .insert(monitoringCampaigns)
      .values({ organizationId: tree.orgs.region.id, title: 'Мониторинг 2026', startsOn: addDays(today, -10), deadline: addDays(today, 5) })
      .returning({ id: monitoringCampaigns.id });
    await t.db.insert(monitoringCampaigns).values({ organizationId: tree.orgs.region.id, title: 'Поздний', startsOn: addDays(today, -10), deadline: addDays(today, 30) });

    expect(await syncStateNotifications(t.db, tree.scopes.curator1a)).toBe(3);
    expect(await keysOf(tree.scopes.curator1a.userId)).toEqual(
      [`consents:${forming}`, `monitoring:${due!.id}:${addDays(today, 5)}`, `pair-ending:${ending}:${addDays(today, 14)}`].sort(),
    );
    const consentsRow = (await inboxOf(tree.scopes.curator1a.userId)).find((n) => n.kind === 'consents_missing')!;
    expect(consentsRow).toMatchObject({ link: `/pairs/${forming}`, mailStatus: null });
    expect(consentsRow.body).toContain('Не получено 5 документов');
    // Idempotent: the next visit writes nothing.
    expect(await syncStateNotifications(t.db, tree.scopes.curator1a)).toBe(0);
    expect(await unreadNotificationCount(t.db, tree.scopes.curator1a)).toBe(3);
    // The head of the school gets their own; a teacher and another school nothing.
    expect(await syncStateNotifications(t.db, tree.scopes.head1a)).toBe(3);
    expect(await syncStateNotifications(t.db, tree.scopes.teacher1a)).toBe(0);
    expect(await syncStateNotifications(t.db, tree.scopes.head1b)).toBe(1);
    expect(await keysOf(tree.scopes.head1b.userId)).toEqual([`monitoring:${due!.id}:${addDays(today, 5)}`]);

    // Once the school has submitted, no deadline notice for it.
    await t.db.insert(monitoringSubmissions).values({ campaignId: due!.id, organizationId: tree.orgs.s2.id, figures: {} });
    expect(await syncStateNotifications(t.db, tree.scopes.head2)).toBe(0);
  });
});

describe('the inbox is private', () => {
  it("lists only one's own notices; a forged id marks nothing of another's", async () => {
    const theirs = (await inboxOf(tree.scopes.head1a.userId)).find((n) => !n.readAt)!;
    expect((await listNotifications(t.db, tree.scopes.head1b)).map((n) => n.id)).not.toContain(theirs.id);
    expect(await asUser(t.db, tree.scopes.head1b, (ctx) => markNotificationRead(ctx, { id: theirs.id }))).toEqual({ updated: 0 });
    const [still] = await t.db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(still!.readAt).toBeNull();

    const before = await unreadNotificationCount(t.db, tree.scopes.head1b);
    const mine = (await inboxOf(tree.scopes.head1b.userId)).find((n) => !n.readAt)!;
    expect(await asUser(t.db, tree.scopes.head1b, (ctx) => markNotificationRead(ctx, { id: mine.id }))).toEqual({ updated: 1 });
    expect(await unreadNotificationCount(t.db, tree.scopes.head1b)).toBe(before - 1);
    const all = await asUser(t.db, tree.scopes.head1b, (ctx) => markAllNotificationsRead(ctx));
    expect(all.updated).toBe(before - 1);
    expect(await unreadNotificationCount(t.db, tree.scopes.head1b)).toBe(0);
    // head1a's rows are untouched by head1b's "mark all".
    expect((await inboxOf(tree.scopes.head1a.userId)).some((n) => !n.readAt)).toBe(true);
  });
});
