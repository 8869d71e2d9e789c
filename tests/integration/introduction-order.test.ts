// The introduction order with its Положение and roadmap: prepared as one draft, edited in
// place, issued at once under one number with the school's data, frozen afterwards.
import { and, eq, isNull, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, documents, organizations, people } from '@/db/schema';
import { type IntroductionInput, introductionSchema } from '@/lib/domain/validations/introduction';
import { legalBasisRows, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { introductionDefaults } from '@/lib/server/introduction/form-defaults';
import { issueIntroduction } from '@/lib/server/introduction/issue-introduction';
import { loadIntroduction } from '@/lib/server/introduction/load-introduction';
import { prepareIntroduction } from '@/lib/server/introduction/prepare-introduction';
import { updateSettings } from '@/lib/server/organizations/update-settings';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let base: IntroductionInput;
let staff: string[];
const EDITED = 'Наставничество в школе ведётся по субботам в кабинете № 12.';

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await t.db
    .update(organizations)
    .set({ orderSuffix: '-од', legalBases: [{ title: 'приказом Министерства образования Тестовской области от 01.02.2022 № 77 «О наставничестве»' }] })
    .where(eq(organizations.id, tree.orgs.s1a.id));
  staff = (
    await t.db
      .insert(people)
      .values([
        { organizationId: tree.orgs.s1a.id, lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', position: 'учитель математики' },
        { organizationId: tree.orgs.s1a.id, lastName: 'Воронцова', firstName: 'Ирина', middleName: 'Николаевна', position: 'заместитель директора' },
      ])
      .returning({ id: people.id })
  ).map((r) => r.id);
  // The fixture tree's own staff have digits in their surnames, which documents refuse; every
  // member of the staff is on the sheet of this order, so here they get printable names.
  await t.db.update(people).set({ lastName: 'Петренко' }).where(eq(people.id, tree.people.s1a[0]!));
  await t.db.update(people).set({ lastName: 'Сидоренко' }).where(eq(people.id, tree.people.s1a[1]!));
  staff.push(...tree.people.s1a);
  const defaults = introductionDefaults(await loadIntroduction(t.db, tree.scopes.curator1a), '2026-08-25');
  base = { ...defaults, curatorId: staff[1]!, curatorPosition: 'заместитель директора по УВР', acknowledgementIds: staff };
});
afterAll(() => t.close());

type Scope = Tree['scopes'][keyof Tree['scopes']];
const prepare = (raw: IntroductionInput, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => prepareIntroduction(ctx, introductionSchema.parse(raw)));
const issue = (documentId: string, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => issueIntroduction(ctx, { documentId, issueDate: '2026-09-01' }));
const family = (id: string) => t.db.select().from(documents).where(or(eq(documents.id, id), eq(documents.parentId, id)));
const withSection = (text: string): IntroductionInput => ({ ...base, sections: base.sections.map((s, i) => (i === 1 ? { ...s, text } : s)) });

describe('the draft', () => {
  let id: string;

  it('starts from the defaults: the school year, all staff to acknowledge, ten sections, the roadmap stages', () => {
    expect(base.roadmapPeriod).toBe('на 2026/2027 учебный год');
    expect(base.acknowledgementIds).toEqual(staff);
    expect(base.sections).toHaveLength(10);
    expect(base.sections[0]!.text).toContain('приказом Министерства образования Тестовской области');
    expect(base.stages[0]!.term).toBe('август – сентябрь 2026 г.');
  });

  it('creates the order with its two annexes and the acknowledgement list', async () => {
    id = (await prepare(base)).id;
    const rows = await family(id);
    expect(rows.map((r) => r.template).sort()).toEqual(['school-intro-order', 'school-regulation', 'school-roadmap']);
    expect(rows.every((r) => r.status === 'draft')).toBe(true);
    expect(await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id))).toHaveLength(4);
  });

  it('edits the same draft in place', async () => {
    const again = await prepare(withSection(EDITED));
    expect(again.id).toBe(id);
    const drafts = await t.db.select().from(documents).where(and(eq(documents.organizationId, tree.orgs.s1a.id), isNull(documents.parentId)));
    expect(drafts).toHaveLength(1);
    const form = introductionDefaults(await loadIntroduction(t.db, tree.scopes.curator1a), '2026-08-25');
    expect(form.sections[1]!.text).toBe(EDITED);
    expect(form.curatorId).toBe(staff[1]);
    expect(form.acknowledgementIds).toEqual(staff);
  });

  it('lists all pedagogical staff on the sheet: leaving someone out is refused with their names', async () => {
    await expect(prepare({ ...withSection(EDITED), acknowledgementIds: [staff[0]!] })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: {
        acknowledgementIds: ['С приказом о внедрении системы наставничества знакомятся все педагогические работники; в листе ознакомления нет: Воронцова И.Н., Петренко И.С., Сидоренко А.И.'],
      },
    });
    expect(await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id))).toHaveLength(4);
  });

  it('refuses a Положение whose mentee limit differs from the school\'s setting', async () => {
    const sections = base.sections.map((s) => ({ ...s, text: s.text.replace('не более 3 наставляемых', 'не более 15 наставляемых') }));
    expect(sections.some((s) => s.text.includes('не более 15 наставляемых'))).toBe(true);
    await expect(prepare({ ...base, sections })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('В Положении указано не более 15, а в сведениях об организации — 3 наставляемых на одного наставника'),
    });
  });

  it('two saves at once still leave one draft', async () => {
    await Promise.all([prepare(withSection(EDITED)), prepare(withSection(EDITED))]);
    expect(await t.db.select().from(documents).where(and(eq(documents.organizationId, tree.orgs.s1a.id), isNull(documents.parentId)))).toHaveLength(1);
  });

  it('refuses a 10,000-character section with a Russian message', () => {
    const r = introductionSchema.safeParse(withSection('а'.repeat(10_000)));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['sections', 1, 'text'], message: 'Поле «Текст раздела» длиннее 8000 символов.' });
  });

  it('reports a clause over the template limit on its section field', async () => {
    await expect(prepare(withSection('б'.repeat(6000)))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { 'sections.1.text': ['пункт 1: не длиннее 5000 символов'] },
    });
  });

  it('refuses people of another school as curator or on the list, writing nothing', async () => {
    await expect(prepare({ ...base, curatorId: tree.people.s1b[0]! })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Куратор не найден среди сотрудников школы.' });
    await expect(prepare({ ...base, acknowledgementIds: [staff[0]!, tree.people.s2[0]!] })).rejects.toMatchObject({ code: 'VALIDATION' });
    const form = introductionDefaults(await loadIntroduction(t.db, tree.scopes.curator1a), '2026-08-25');
    expect(form.acknowledgementIds).toEqual(staff);
    expect(form.curatorId).toBe(staff[1]);
  });

  it('names the person whose name a document cannot print', async () => {
    await t.db.update(people).set({ lastName: 'Петров-1а' }).where(eq(people.id, tree.people.s1a[0]!));
    await expect(prepare(base)).rejects.toMatchObject({
      fieldErrors: { acknowledgementIds: ['Петров-1а Иван: допустимы только буквы, пробел, дефис и апостроф'] },
    });
    await t.db.update(people).set({ lastName: 'Петренко' }).where(eq(people.id, tree.people.s1a[0]!));
  });

  it('another school or district cannot issue it', async () => {
    await expect(issue(id, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(issue(id, tree.scopes.district2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await family(id)).every((r) => r.status === 'draft')).toBe(true);
  });
});

describe('issuing', () => {
  let id: string;

  it('issues the three documents at once under one number with the current settings', async () => {
    id = (await prepare(withSection(EDITED))).id;
    await t.db.update(organizations).set({ headLastName: 'Смирнова' }).where(eq(organizations.id, tree.orgs.s1a.id));
    const result = await issue(id);
    expect(result.number).toBe('1-од');
    const rows = await family(id);
    expect(rows.map((r) => [r.status, r.number, r.issueDate])).toEqual(Array(3).fill(['issued', '1-од', '2026-09-01']));
    const order = await pdfText(rows.find((r) => r.id === id)!.pdf!);
    expect(order).toMatch(/01\.09\.2026\s+№ 1-од/);
    expect(order).toContain('М.П. Смирнова');
    expect(order.replace(/\s+/g, ' ')).toContain('В соответствии с приказом Министерства образования Тестовской области от 01.02.2022 № 77 «О наставничестве»');
    const regulation = (await pdfText(rows.find((r) => r.template === 'school-regulation')!.pdf!)).replace(/\s+/g, ' ');
    expect(regulation).toContain(EDITED);
    expect(regulation).toContain('от 01.09.2026 № 1-од');
  });

  it('a Положение issued with a limit keeps the setting from drifting away from it', async () => {
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, tree.orgs.s1a.id));
    const settings = organizationSettingsSchema.parse({
      organizationId: org!.id,
      fullName: org!.fullName,
      shortName: org!.shortName,
      city: org!.city,
      headPosition: org!.headPosition,
      headLastName: org!.headLastName,
      headFirstName: org!.headFirstName,
      headMiddleName: org!.headMiddleName ?? '',
      headGender: 'auto',
      orderSuffix: org!.orderSuffix,
      personnelOrderSuffix: org!.personnelOrderSuffix,
      payBasis: org!.payBasis,
      maxMenteesPerMentor: 15,
      legalBases: legalBasisRows(org!.legalBases),
    });
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => updateSettings(ctx, settings))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { maxMenteesPerMentor: [expect.stringContaining('Действующее Положение (приказ от 01.09.2026 № 1-од) устанавливает не более 3 наставляемых')] },
    });
  });

  it('a double submit is harmless: refused, one number used', async () => {
    await expect(issue(id)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Документ уже издан: № 1-од.' });
    const [row] = await t.db.select({ sequence: documents.sequence }).from(documents).where(eq(documents.id, id));
    expect(row!.sequence).toBe(1);
  });

  it('refuses editing after issue with the register’s message', async () => {
    await expect(prepare(base)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('уже издан (№ 1-од) и не может быть изменён') });
  });
});
