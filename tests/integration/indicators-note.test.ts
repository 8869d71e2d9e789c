// The analytical note drafted from a district's indicators, issued through the register,
// and its tenancy: another district's id is "not found" and nothing is written.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, people } from '@/db/schema';
import { addMonths } from '@/lib/core/calendar/iso-dates';
import { DEFAULT_PURPOSE } from '@/lib/domain/indicators/note';
import { analyticalNoteSchema } from '@/lib/domain/validations/monitoring';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createAnalyticalNote } from '@/lib/server/indicators/create-analytical-note';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const today = todayIso();

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  // One young teacher with consent in Школа 1А, not covered.
  await t.db.insert(people).values({ organizationId: tree.orgs.s1a.id, lastName: 'Молодова', firstName: 'Анна', middleName: 'Ивановна', personalDataConsent: true, birthDate: '2001-03-03', pedagogicalStart: addMonths(today, -12) });
});
afterAll(() => t.close());

const form = (unitId: string, over: Record<string, unknown> = {}) =>
  analyticalNoteSchema.parse({
    unitId,
    referenceDate: today,
    periodFrom: addMonths(today, -12),
    periodTo: today,
    territory: 'Района 1',
    purpose: DEFAULT_PURPOSE,
    signerPosition: 'Начальник управления образования',
    signerLastName: 'Строкина',
    signerFirstName: 'Светлана',
    signerMiddleName: 'Викторовна',
    ...over,
  });

const note = (scope: Scope, unitId: string, over: Record<string, unknown> = {}) => asUser(t.db, scope, (ctx) => createAnalyticalNote(ctx, form(unitId, over)));
const countDocs = async () => (await t.db.select({ id: documents.id }).from(documents)).length;

describe('the analytical note of a district', () => {
  it('is drafted from the computed indicators and issued with the figures in its text', async () => {
    const { id } = await note(tree.scopes.district1, tree.orgs.d1.id);
    const [draft] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(draft).toMatchObject({ organizationId: tree.orgs.d1.id, template: 'analytical-note', status: 'draft' });
    expect((draft!.data as { schools: { name: string }[] }).schools.map((s) => s.name)).toEqual(['Школа 1А', 'Школа 1Б']);
    await asUser(t.db, tree.scopes.district1, (ctx) => issueDocument(ctx, { documentId: id, issueDate: today }));
    const [issued] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = (await pdfText(issued!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('Аналитическая справка по итогам мониторинга');
    expect(text).toContain('Района 1');
    expect(text).toContain('реализуется в 0 из 2 образовательных организаций');
    expect(text).toContain('Наставничеством охвачено 0 из 1 педагогического работника');
    expect(text).toMatch(/Возраст и стаж не учтены для 4 педагогических работников/);
  });

  it('returns the same draft on a double submit', async () => {
    const first = await note(tree.scopes.district1, tree.orgs.d1.id, { territory: 'Района 1 (повтор)' });
    const before = await countDocs();
    expect(await note(tree.scopes.district1, tree.orgs.d1.id, { territory: 'Района 1 (повтор)' })).toEqual(first);
    expect(await countDocs()).toBe(before);
  });

  it('is the region’s too, over every school', async () => {
    const { id } = await note(tree.scopes.region, tree.orgs.region.id, { territory: 'Региона' });
    const [draft] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(draft!.organizationId).toBe(tree.orgs.region.id);
    expect((draft!.data as { schools: unknown[] }).schools).toHaveLength(3);
  });

  it('refuses a school, a future date, another district and forged ids, writing nothing', async () => {
    const before = await countDocs();
    await expect(note(tree.scopes.district1, tree.orgs.s1a.id)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(note(tree.scopes.district1, tree.orgs.d1.id, { referenceDate: '2999-01-01', periodTo: '2999-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { referenceDate: ['Показатели рассчитываются на сегодняшнюю или прошедшую дату.'] },
    });
    for (const id of [tree.orgs.d2.id, tree.orgs.region.id, tree.orgs.s2.id, crypto.randomUUID()]) {
      await expect(note(tree.scopes.district1, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await countDocs()).toBe(before);
  });

  it('validates the form in Russian', () => {
    const bad = analyticalNoteSchema.safeParse({ ...form(tree.orgs.d1.id), periodFrom: '2026-12-01', periodTo: '2026-11-01', territory: '' });
    const messages = bad.success ? [] : bad.error.issues.map((i) => i.message);
    expect(messages).toContain('Заполните поле «Территория (в родительном падеже)».');
  });
});
