// Personal data under 152-ФЗ (issue 12): one consent per person, shown and marked in one
// place whether from /staff or /consents; a withdrawal says what goes and by when, keeps the
// employment record's data (the person stays in the indicators), and erases what only the
// consent covered within the 30 days of ст. 21; everything can be exported.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, menteeProfiles, people } from '@/db/schema';
import { recordConsentSchema } from '@/lib/domain/validations/consents';
import { updatePersonSchema } from '@/lib/domain/validations/person';
import { distributionConsentPdf } from '@/lib/server/consents/distribution-consent';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { requestConsents } from '@/lib/server/consents/request-consents';
import { loadSchoolCounts } from '@/lib/server/indicators/school-counts';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { exportPersonalData } from '@/lib/server/people/personal-data';
import { updatePerson } from '@/lib/server/people/update-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
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
  // The fixture's surnames carry digits, which documents refuse.
  await t.db.update(people).set({ lastName: 'Петренко' }).where(eq(people.id, personId));
  await t.db.insert(menteeProfiles).values({ personId, organizationId: tree.orgs.s1a.id, category: 'young_specialist', deficits: ['формирующее оценивание'], requests: 'классное руководство' });
});
afterAll(() => t.close());

const person = async (id = personId) => (await t.db.select().from(people).where(eq(people.id, id)))[0]!;
const mark = (input: Record<string, unknown>) =>
  asUser(t.db, tree.scopes.curator1a, (ctx) => recordConsent(ctx, recordConsentSchema.parse({ consentId, ...input })));
const young = async () => {
  const counts = await loadSchoolCounts(t.db, tree.scopes.region, tree.orgs.s1a.path, '2026-12-01', ['staff', 'kept']);
  const [school] = counts.filter((s) => s.id === tree.orgs.s1a.id);
  return school!.counts;
};

describe('withdrawing the personal-data consent (issue 12)', () => {
  it('a received consent is mirrored on the staff record', async () => {
    await mark({ status: 'received', date: '2026-09-01' });
    expect(await person()).toMatchObject({ personalDataConsent: true, personalDataConsentDate: '2026-09-01' });
    await t.db.update(people).set({ birthDate: '1998-04-01', pedagogicalStart: '2025-09-01' }).where(eq(people.id, personId));
  });

  it('asks to confirm, saying which data go and by when (withdrawal date + 30 days)', async () => {
    const refused = mark({ status: 'withdrawn', date: '2026-10-01' });
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(
        'Данные, не нужные по другому основанию (профессиональные затруднения (дефициты) и запросы наставляемого; компетенции наставника), будут удалены до 31.10.2026',
      ),
    });
    expect((await t.db.select().from(consents).where(eq(consents.id, consentId)))[0]!.status).toBe('received');
  });

  it('a confirmed withdrawal records its date and keeps birth date and experience: the person stays in the indicators', async () => {
    const before = await young();
    await mark({ status: 'withdrawn', date: '2026-10-01', confirmErasure: 'on' });
    expect(await person()).toMatchObject({ personalDataConsent: false, birthDate: '1998-04-01', pedagogicalStart: '2025-09-01' });
    expect((await t.db.select().from(consents).where(eq(consents.id, consentId)))[0]).toMatchObject({ status: 'withdrawn', closedOn: '2026-10-01', erasedOn: null });
    const after = await young();
    expect(after.youngTeachers).toBe(before.youngTeachers);
    expect(after.youngTeachers).toBeGreaterThan(0);
    expect(after.staffWithoutData).toBe(before.staffWithoutData);
  });

  it('nothing is erased before the day before the deadline', async () => {
    expect(await eraseDuePersonalData(t.db, '2026-10-29')).toBe(0);
    expect((await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, personId)))[0]!.deficits).toEqual(['формирующее оценивание']);
  });

  it('«получено заново» restores the consent with the data intact and cancels the erasure', async () => {
    await mark({ status: 'received', date: '2026-10-05' });
    expect(await person()).toMatchObject({ personalDataConsent: true, personalDataConsentDate: '2026-10-05', birthDate: '1998-04-01', pedagogicalStart: '2025-09-01' });
    expect(await eraseDuePersonalData(t.db, '2026-12-31')).toBe(0);
    expect((await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, personId)))[0]!.deficits).toEqual(['формирующее оценивание']);
  });

  it('after a new withdrawal, what only the consent covered is erased by the deadline, with an audit row; the employment data stay', async () => {
    await mark({ status: 'withdrawn', date: '2026-11-02', confirmErasure: 'on' });
    expect(await eraseDuePersonalData(t.db, '2026-11-30')).toBe(0);
    expect(await eraseDuePersonalData(t.db, '2026-12-01', tree.orgs.s1b.id)).toBe(0); // another school's sweep touches nothing here
    expect(await eraseDuePersonalData(t.db, '2026-12-01')).toBe(1);
    expect((await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, personId)))[0]).toMatchObject({ deficits: [], requests: '' });
    expect((await t.db.select().from(consents).where(eq(consents.id, consentId)))[0]!.erasedOn).toBe('2026-12-01');
    expect(await person()).toMatchObject({ birthDate: '1998-04-01', pedagogicalStart: '2025-09-01' });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'person.personal_data_erased'), eq(auditLog.entityId, personId)));
    expect(audit!.before).toEqual({ withdrawnOn: '2026-11-02', deadline: '2026-12-02' });
    expect(await eraseDuePersonalData(t.db, '2026-12-02')).toBe(0);
  });

  it('exports everything kept about the person, only inside the scope', async () => {
    const data = await exportPersonalData(t.db, tree.scopes.curator1a, personId);
    expect(data.person.id).toBe(personId);
    expect(data.consents).toEqual([expect.objectContaining({ kind: 'personal_data', status: 'withdrawn' })]);
    await expect(exportPersonalData(t.db, tree.scopes.head1b, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(exportPersonalData(t.db, tree.scopes.head2, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('one personal-data consent per person (issue 12)', () => {
  const other = () => tree.people.s1a[1]!;
  const pdRows = () => t.db.select().from(consents).where(and(eq(consents.personId, other()), eq(consents.kind, 'personal_data'), isNull(consents.pairId)));

  it('a consent marked on /staff is the one /consents shows: a pair does not ask for it again', async () => {
    await t.db.update(people).set({ personalDataConsent: true, personalDataConsentDate: '2026-09-01' }).where(eq(people.id, other()));
    await t.db.transaction((tx) => requestConsents(tx, tree.orgs.s1a.id, consentId, [{ personId: other(), kind: 'personal_data', pairBound: false }]));
    expect(await pdRows()).toEqual([expect.objectContaining({ status: 'received', receivedOn: '2026-09-01' })]);
  });

  it('taking the mark off on /staff withdraws that same record today, keeping the dates', async () => {
    const p = await person(other());
    await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      updatePerson(
        ctx,
        updatePersonSchema.parse({
          personId: other(),
          lastName: 'Сидорова',
          firstName: p.firstName,
          middleName: p.middleName ?? '',
          gender: 'auto',
          position: p.position,
          subjects: '',
          email: '',
          birthDate: '1985-01-01',
          pedagogicalStart: '2010-09-01',
          personalDataConsent: false,
          personalDataConsentDate: '',
        }),
      ),
    );
    const rows = await pdRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'withdrawn' });
    expect(await person(other())).toMatchObject({ personalDataConsent: false, birthDate: '1985-01-01', pedagogicalStart: '2010-09-01' });
  });
});

describe('the consent to distribution (ст. 10.1)', () => {
  it('prints a person\'s blank with the school\'s site section, only inside the scope', async () => {
    const { bytes } = await distributionConsentPdf(t.db, tree.scopes.curator1a, personId);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('разрешенных субъектом персональных данных для распространения');
    expect(text).toContain('Я, Петренко Иван Сергеевич');
    expect(text).toContain('раздел «Наставничество»');
    await expect(distributionConsentPdf(t.db, tree.scopes.head1b, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(distributionConsentPdf(t.db, tree.scopes.curator1a, 'garbage')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
