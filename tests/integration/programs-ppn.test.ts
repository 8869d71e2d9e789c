// Programs: a ППН per pair (term 3–12 months, completion marks during the year), an ИОМ
// card per mentee, both printed from their templates; another school's ids are not found.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menteeProfiles, mentorPairMentees, mentorPairs, people, programs, users } from '@/db/schema';
import { type IomFormInput, iomFormSchema, markSchema, PPN_TERM_MESSAGE, type PpnFormInput, ppnFormSchema } from '@/lib/domain/validations/programs';
import { iomFormState, ppnFormState } from '@/lib/server/programs/form-defaults';
import { markActivity } from '@/lib/server/programs/mark-activity';
import { listOwnPrograms } from '@/lib/server/programs/own-programs';
import { programFile } from '@/lib/server/programs/program-file';
import { saveIom } from '@/lib/server/programs/save-iom';
import { savePpn } from '@/lib/server/programs/save-ppn';
import { STALE_PROGRAM_MESSAGE } from '@/lib/server/programs/stale-save';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const ids: Record<string, string> = {};
type Scope = Tree['scopes'][keyof Tree['scopes']];

async function person(organizationId: string, lastName: string, firstName: string, middleName: string, position: string) {
  const [row] = await t.db.insert(people).values({ organizationId, lastName, firstName, middleName, position }).returning({ id: people.id });
  return row!.id;
}

async function pair(organizationId: string, mentorId: string, menteeId: string, status: 'forming' | 'active' | 'completed') {
  const [row] = await t.db
    .insert(mentorPairs)
    .values({ organizationId, mentorId, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2026-10-01', endDate: '2027-05-31', status })
    .returning({ id: mentorPairs.id });
  await t.db.insert(mentorPairMentees).values({ pairId: row!.id, personId: menteeId });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const s = tree.orgs.s1a.id;
  ids.curator = await person(s, 'Воронцова', 'Ирина', 'Николаевна', 'заместитель директора по УВР');
  ids.mentor = await person(s, 'Иванова', 'Мария', 'Петровна', 'учитель математики');
  ids.mentee = await person(s, 'Петров', 'Иван', 'Сергеевич', 'учитель математики');
  await t.db.update(users).set({ personId: ids.curator }).where(eq(users.id, tree.scopes.curator1a.userId));
  await t.db
    .insert(menteeProfiles)
    .values({ personId: ids.mentee, organizationId: s, category: 'young_specialist', deficits: ['формирующее оценивание', 'дисциплина на уроке'] });
  ids.pair = await pair(s, ids.mentor, ids.mentee, 'active');
  ids.done = await pair(s, ids.mentor, ids.mentee, 'completed');
  const o = tree.orgs.s1b.id;
  ids.otherPair = await pair(o, await person(o, 'Сидоров', 'Пётр', 'Ильич', 'учитель'), await person(o, 'Орлова', 'Анна', 'Ильинична', 'учитель'), 'active');
});
afterAll(() => t.close());

const ppn = (raw: PpnFormInput, scope: Scope = tree.scopes.curator1a) => asUser(t.db, scope, (ctx) => savePpn(ctx, ppnFormSchema.parse(raw)));
const mark = (programId: string, index: number, doneOn: string | null, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => markActivity(ctx, markSchema.parse({ programId, index, doneOn })));
const endError = (raw: PpnFormInput | IomFormInput, schema: typeof ppnFormSchema | typeof iomFormSchema) =>
  schema.safeParse(raw).error?.issues.find((i) => i.path[0] === 'end')?.message;

describe('ППН', () => {
  let form: PpnFormInput;
  let programId: string;

  it('starts from the pair’s term and the mentee’s deficits in the bank', async () => {
    form = (await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults;
    expect(form).toMatchObject({ start: '2026-10-01', end: '2027-05-31', deficits: [{ text: 'формирующее оценивание' }, { text: 'дисциплина на уроке' }] });
    expect(form.activities[0]!.due).toBe('октябрь 2026 г.');
  });

  it('keeps the term from 3 months to 1 year', () => {
    expect(endError({ ...form, end: '2026-12-30' }, ppnFormSchema)).toBe(PPN_TERM_MESSAGE);
    expect(endError({ ...form, end: '2026-12-31' }, ppnFormSchema)).toBeUndefined();
    expect(endError({ ...form, end: '2027-09-30' }, ppnFormSchema)).toBeUndefined();
    expect(endError({ ...form, end: '2027-10-01' }, ppnFormSchema)).toBe(PPN_TERM_MESSAGE);
    expect(endError({ ...form, end: '2026-09-01' }, ppnFormSchema)).toBe('Дата окончания должна быть позже даты начала.');
  });

  it('saves one program per pair; a double submit keeps one; an edit of the saved program updates it', async () => {
    programId = (await ppn(form)).id;
    expect((await ppn(form)).id).toBe(programId);
    const saved = (await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults;
    expect((await ppn({ ...saved, goal: 'Новая цель.' })).id).toBe(programId);
    const rows = await t.db
      .select()
      .from(programs)
      .where(and(eq(programs.pairId, ids.pair), eq(programs.kind, 'ppn')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toMatchObject({ goal: 'Новая цель.', kind: 'pair', curator: { position: 'заместитель директора по УВР' } });
  });

  it('refuses a save from a form opened before a later save or mark, and keeps what is stored', async () => {
    const opened = (await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults;
    // Another tab (or a colleague) saves, then this form is submitted.
    await ppn({ ...opened, goal: 'Цель из другой вкладки.' });
    await expect(ppn({ ...opened, goal: 'Цель из старой формы.' })).rejects.toMatchObject({ code: 'CONFLICT', message: STALE_PROGRAM_MESSAGE });
    // A mark set after the form was opened is not undone either.
    const fresh = (await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults;
    await mark(programId, 2, '2026-10-20');
    await expect(ppn({ ...fresh, goal: 'Цель из старой формы.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await t.db.select().from(programs).where(eq(programs.id, programId));
    expect(row!.data).toMatchObject({ goal: 'Цель из другой вкладки.' });
    expect((row!.data as { activities: { done: string | null }[] }).activities[2]!.done).toBe('выполнено 20.10.2026');
    await mark(programId, 2, null);
    await ppn({ ...(await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults, goal: 'Новая цель.' });
  });

  it('marks rows done during the year; the same mark twice changes nothing; a mark follows its row through edits', async () => {
    await mark(programId, 0, '2026-10-08');
    await mark(programId, 0, '2026-10-08');
    const state = await ppnFormState(t.db, tree.scopes.curator1a, ids.pair);
    expect(state.defaults.activities[0]!.doneOn).toBe('2026-10-08');
    const [row] = await t.db.select().from(programs).where(eq(programs.id, programId));
    expect((row!.data as { activities: { done: string | null }[] }).activities.map((a) => a.done)).toEqual([
      'выполнено 08.10.2026',
      null,
      null,
      null,
      null,
      null,
    ]);
    // The curator moves the first row down while editing the plan: its mark moves with it.
    const [first, second, ...rest] = state.defaults.activities;
    await ppn({ ...state.defaults, activities: [second!, first!, ...rest] });
    const after = (await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults.activities;
    expect(after.map((a) => a.doneOn || null)).toEqual([null, '2026-10-08', null, null, null, null]);
    await mark(programId, 1, null);
    expect((await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults.activities.every((a) => !a.doneOn)).toBe(true);
  });

  it('refuses a mark in the future and a row that is not there', async () => {
    await expect(mark(programId, 0, '2999-01-01')).rejects.toMatchObject({ code: 'VALIDATION', message: 'Дата выполнения не может быть позже сегодняшней.' });
    await expect(mark(programId, 42, '2026-10-08')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('prints from the template with the marks', async () => {
    await mark(programId, 0, '2026-10-08');
    const pdf = (await pdfText((await programFile(t.db, tree.scopes.curator1a, programId, 'pdf')).bytes)).replace(/\s+/g, ' ');
    expect(pdf).toContain('формирующее оценивание');
    expect(pdf).toMatch(/Совместное .*выполнено .*08\.10\.2026/);
    const docx = await programFile(t.db, tree.scopes.head1a, programId, 'docx');
    expect(docx.filename).toBe('ППН — Петров И.С..docx');
    expect(await docxText(docx.bytes)).toMatch(/^1\. \| Совместное планирование .* \| выполнено 08\.10\.2026$/m);
  });

  it('is not edited for a completed pair', async () => {
    await expect(ppn({ ...form, pairId: ids.done })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('another school or district gets not found for every id, and nothing is written', async () => {
    await expect(ppn({ ...form, pairId: ids.otherPair })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ppn(form, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ppn(form, tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mark(programId, 0, null, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ppnFormState(t.db, tree.scopes.head2, ids.pair)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(programFile(t.db, tree.scopes.head1b, programId, 'pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(programFile(t.db, tree.scopes.district2, programId, 'pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.select().from(programs).where(eq(programs.pairId, ids.otherPair))).toHaveLength(0);
    expect((await ppnFormState(t.db, tree.scopes.curator1a, ids.pair)).defaults.activities[0]!.doneOn).toBe('2026-10-08');
  });
});

describe('ИОМ card', () => {
  it('is made for a mentee of the bank, up to a year, with the mentor of the pair', async () => {
    const { defaults } = await iomFormState(t.db, tree.scopes.curator1a, ids.mentee);
    expect(defaults).toMatchObject({ start: '2026-10-01', end: '2027-09-30' });
    expect(endError({ ...defaults, end: '2027-10-01' }, iomFormSchema)).toBe('Карта ИОМ составляется на срок до 1 года.');
    const { id } = await asUser(t.db, tree.scopes.curator1a, (ctx) => saveIom(ctx, iomFormSchema.parse(defaults)));
    const pdf = (await pdfText((await programFile(t.db, tree.scopes.curator1a, id, 'pdf')).bytes)).replace(/\s+/g, ' ');
    expect(pdf).toContain('Методическая компетентность');
    await mark(id, 2, '2026-11-02');
    expect((await iomFormState(t.db, tree.scopes.curator1a, ids.mentee)).defaults.activities[2]!.doneOn).toBe('2026-11-02');
  });

  it('refuses a save from a card opened before a later save', async () => {
    const saveCard = (raw: IomFormInput) => asUser(t.db, tree.scopes.curator1a, (ctx) => saveIom(ctx, iomFormSchema.parse(raw)));
    const opened = (await iomFormState(t.db, tree.scopes.curator1a, ids.mentee)).defaults;
    await saveCard({ ...opened, theme: 'Формирующее оценивание на уроках математики' });
    await expect(saveCard({ ...opened, theme: 'Тема из старой формы' })).rejects.toMatchObject({ code: 'CONFLICT', message: STALE_PROGRAM_MESSAGE });
    expect((await iomFormState(t.db, tree.scopes.curator1a, ids.mentee)).defaults.theme).toBe('Формирующее оценивание на уроках математики');
  });

  it('refuses a teacher who is not a mentee, and another school’s teacher', async () => {
    const { defaults } = await iomFormState(t.db, tree.scopes.curator1a, ids.mentee);
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => saveIom(ctx, iomFormSchema.parse({ ...defaults, personId: ids.mentor })))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      asUser(t.db, tree.scopes.curator1a, (ctx) => saveIom(ctx, iomFormSchema.parse({ ...defaults, personId: tree.people.s2[0] }))),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(iomFormState(t.db, tree.scopes.head1b, ids.mentee)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a teacher’s own programs', () => {
  // The teacher account of the fixture school, as the mentor and as the mentee of the pair.
  const asPerson = (personId: string) => ({ ...tree.scopes.teacher1a, personId });

  it('lists the ППН of the pairs the teacher mentors and their own ИОМ', async () => {
    const mentor = await listOwnPrograms(t.db, asPerson(ids.mentor));
    expect(mentor.map((p) => p.title)).toEqual(['ППН: Петров И.С.']);
    expect(mentor[0]!.rows[0]!.title).toMatch(/^Совместное планирование/);
    const mentee = await listOwnPrograms(t.db, asPerson(ids.mentee));
    expect(mentee.map((p) => p.title)).toEqual(['Индивидуальный образовательный маршрут (ИОМ)']);
    expect(await listOwnPrograms(t.db, tree.scopes.teacher1a)).toEqual([]);
  });

  it('lets the mentor mark the ППН and the teacher their ИОМ, and nobody else', async () => {
    const [ppnProgram] = await listOwnPrograms(t.db, asPerson(ids.mentor));
    const [iomProgram] = await listOwnPrograms(t.db, asPerson(ids.mentee));
    await mark(ppnProgram!.id, 3, '2026-11-10', asPerson(ids.mentor));
    expect((await listOwnPrograms(t.db, asPerson(ids.mentor)))[0]!.rows[3]!.doneOn).toBe('2026-11-10');
    await mark(iomProgram!.id, 0, '2026-11-12', asPerson(ids.mentee));
    expect((await listOwnPrograms(t.db, asPerson(ids.mentee)))[0]!.rows[0]!.doneOn).toBe('2026-11-12');

    // The mentee may not mark the mentor's ППН, nor the mentor the mentee's ИОМ, nor a teacher with no person.
    await expect(mark(ppnProgram!.id, 3, null, asPerson(ids.mentee))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mark(iomProgram!.id, 0, null, asPerson(ids.mentor))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mark(ppnProgram!.id, 3, null, tree.scopes.teacher1a)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Another school's head is outside the subtree altogether.
    await expect(mark(ppnProgram!.id, 3, null, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listOwnPrograms(t.db, asPerson(ids.mentor)))[0]!.rows[3]!.doneOn).toBe('2026-11-10');
  });
});
