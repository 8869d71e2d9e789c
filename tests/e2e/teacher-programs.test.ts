// A teacher who mentors a pair marks the rows of its ППН from their own dashboard; the mark
// is stored in the program the curator wrote.
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { menteeProfiles, mentorPairMentees, mentorPairs, people, programs, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { ppnFormSchema } from '@/lib/domain/validations/programs';
import { loadScope } from '@/lib/server/auth/scope';
import { runInScope } from '@/lib/server/context';
import { ppnFormState } from '@/lib/server/programs/form-defaults';
import { savePpn } from '@/lib/server/programs/save-ppn';
import { appDatabaseUrl, launchBrowser, logIn } from '../support/browser';

const TEACHER = 'durnovo.la@school1.biysk.example';
const CURATOR = 'vorontsova.in@school1.biysk.example';

let browser: Browser;
let programId: string;
const db = connect(appDatabaseUrl(), 2);
const today = new Date().toLocaleDateString('sv-SE');

async function userByEmail(email: string) {
  const [user] = await db.db.select().from(users).where(eq(users.email, email));
  return user!;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const teacher = await userByEmail(TEACHER);
  const organizationId = teacher.organizationId;
  const [mentee] = await db.db
    .insert(people)
    .values({ organizationId, lastName: 'Ручьёва', firstName: 'Дарья', middleName: 'Олеговна', position: 'учитель истории' })
    .returning();
  await db.db.insert(menteeProfiles).values({ personId: mentee!.id, organizationId, category: 'young_specialist', deficits: ['работа с историческими источниками'] });
  const [pair] = await db.db
    .insert(mentorPairs)
    .values({ organizationId, mentorId: teacher.personId!, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2026-09-01', endDate: '2027-05-31', status: 'active' })
    .returning();
  await db.db.insert(mentorPairMentees).values({ pairId: pair!.id, personId: mentee!.id });
  // The curator writes the program, as on /programs.
  const curator = (await loadScope(db.db, (await userByEmail(CURATOR)).id))!;
  const { defaults } = await ppnFormState(db.db, curator, pair!.id);
  programId = (await runInScope(db.db, curator, { ip: null, userAgent: null }, (ctx) => savePpn(ctx, ppnFormSchema.parse(defaults)))).id;
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

describe('a mentor’s own programs', () => {
  it('shows the ППН on the teacher’s dashboard and stores the mark the teacher sets', async () => {
    const page = await browser.newPage();
    await logIn(page, TEACHER, DEMO_PASSWORD);
    const card = page.locator('[data-own-programs]');
    await expect(card.locator('h3').textContent()).resolves.toBe('ППН: Ручьёва Д.О.');
    await card.locator('[data-mark-row="1"]').getByRole('checkbox').click();
    await expect.poll(() => card.locator('[data-mark-row="1"]').getAttribute('data-done')).toBe('yes');
    const [program] = await db.db.select().from(programs).where(eq(programs.id, programId));
    expect((program!.data as { activities: { doneOn?: string | null }[] }).activities[0]!.doneOn).toBe(today);
    await page.close();
  });
});
