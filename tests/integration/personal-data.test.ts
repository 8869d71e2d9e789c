// Personal data follows the consent to its processing (152-ФЗ) and can be exported.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, people } from '@/db/schema';
import { recordConsentSchema } from '@/lib/domain/validations/consents';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { exportPersonalData } from '@/lib/server/people/personal-data';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let consentId: string;
let personId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  personId = tree.people.s1a[0]!;
  const [row] = await t.db
    .insert(consents)
    .values({ organizationId: tree.orgs.s1a.id, personId, kind: 'personal_data' })
    .returning({ id: consents.id });
  consentId = row!.id;
});
afterAll(() => t.close());

const person = async () => (await t.db.select().from(people).where(eq(people.id, personId)))[0]!;

describe('the personal-data consent and the staff record', () => {
  it('a received consent lets the record keep birth date and experience', async () => {
    await asUser(t.db, tree.scopes.curator1a, (ctx) => recordConsent(ctx, recordConsentSchema.parse({ status: 'received', consentId, date: '2026-09-01' })));
    expect(await person()).toMatchObject({ personalDataConsent: true, personalDataConsentDate: '2026-09-01' });
    await t.db.update(people).set({ birthDate: '1990-04-01', pedagogicalStart: '2015-09-01' }).where(eq(people.id, personId));
  });

  it('a withdrawal erases them at once', async () => {
    await asUser(t.db, tree.scopes.curator1a, (ctx) => recordConsent(ctx, recordConsentSchema.parse({ status: 'withdrawn', consentId, date: '2026-10-01' })));
    expect(await person()).toMatchObject({ personalDataConsent: false, personalDataConsentDate: null, birthDate: null, pedagogicalStart: null });
  });

  it('exports everything kept about the person, only inside the scope', async () => {
    const data = await exportPersonalData(t.db, tree.scopes.curator1a, personId);
    expect(data.person.id).toBe(personId);
    expect(data.consents).toEqual([expect.objectContaining({ kind: 'personal_data', status: 'withdrawn' })]);
    await expect(exportPersonalData(t.db, tree.scopes.head1b, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportPersonalData(t.db, tree.scopes.head2, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
