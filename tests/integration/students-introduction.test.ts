// Stage 1 of the student model — the introduction order with its Положение and roadmap,
// prepared as one draft and issued together under one number, frozen afterwards — and the
// programs of student pairs: created from a pair, printed with its form and role variant,
// edited and marked; ids of another school are refused.
import { eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, documents, organizations, people, studentPrograms, studentSettings } from '@/db/schema';
import { type StudentIntroductionInput, studentIntroductionSchema } from '@/lib/domain/students/introduction-input';
import { studentProgramFormSchema } from '@/lib/domain/students/program-input';
import type { Scope } from '@/lib/server/auth/scope';
import {
  issueStudentIntroduction,
  loadStudentIntroduction,
  prepareStudentIntroduction,
  studentIntroductionDefaults,
} from '@/lib/server/students/introduction';
import {
  createStudentProgram,
  listStudentPrograms,
  loadStudentProgram,
  markStudentProgramRow,
  saveStudentProgram,
  studentProgramFile,
} from '@/lib/server/students/programs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { employerMentor, formWithVariants, pair, pupil, pupilMentor } from './students-intro-fixtures';

let t: TestDatabase;
let tree: Tree;
let base: StudentIntroductionInput;
let curatorId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  for (const s of [tree.orgs.s1a, tree.orgs.s2]) {
    await t.db.update(organizations).set({ city: 'Бийск', orderSuffix: '-од' }).where(eq(organizations.id, s.id));
  }
  const [curator] = await t.db
    .insert(people)
    .values({ organizationId: tree.orgs.s1a.id, lastName: 'Воронцова', firstName: 'Ирина', middleName: 'Николаевна', position: 'заместитель директора по воспитательной работе' })
    .returning();
  curatorId = curator!.id;
  await t.db.insert(studentSettings).values({ organizationId: tree.orgs.s1a.id, curatorId, cosignAge: 14 });
  await formWithVariants(t.db, tree.orgs.s1a.id, 'ученик – ученик', ['pupil'], ['успевающий – неуспевающий', 'лидер – пассивный'], 0);
  await formWithVariants(t.db, tree.orgs.s1a.id, 'работодатель – ученик', ['employer'], ['работодатель – будущий сотрудник'], 1);
  base = studentIntroductionDefaults(await loadStudentIntroduction(t.db, tree.scopes.curator1a), '2026-08-25');
});
afterAll(() => t.close());

const prepare = (raw: StudentIntroductionInput, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => prepareStudentIntroduction(ctx, studentIntroductionSchema.parse(raw)));
const issue = (documentId: string, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => issueStudentIntroduction(ctx, { documentId, issueDate: '2026-09-01' }));
const family = (id: string) => t.db.select().from(documents).where(or(eq(documents.id, id), eq(documents.parentId, id)));

describe('the student introduction order', () => {
  let id: string;

  it('starts from the school: its curator, the Р-145 bases, its forms in the Положение, seven roadmap stages', () => {
    expect(base.curatorId).toBe(curatorId);
    expect(base.legalBases).toContain('от 25.12.2019 № Р-145');
    expect(base.legalBases).toContain('№ МР-42/02');
    expect(base.roadmapPeriod).toBe('на 2026/2027 учебный год');
    const forms = base.sections.find((s) => s.title === 'Формы наставничества')!.text;
    expect(forms).toContain('«ученик – ученик» (ролевые модели: «успевающий – неуспевающий», «лидер – пассивный»)');
    expect(forms).not.toContain('студент – ученик');
    expect(base.stages).toHaveLength(7);
    expect(base.stages[6]!.term).toBe('май 2027 г.');
  });

  it('prepares the order with its two annexes as drafts and edits the same draft', async () => {
    id = (await prepare(base)).id;
    const rows = await family(id);
    expect(rows.map((r) => r.template).sort()).toEqual(['student-intro-order', 'student-regulation', 'student-roadmap']);
    expect(rows.every((r) => r.status === 'draft')).toBe(true);
    const again = await prepare({ ...base, purpose: 'вовлечения обучающихся 5–11 классов в наставничество' });
    expect(again.id).toBe(id);
    const form = studentIntroductionDefaults(await loadStudentIntroduction(t.db, tree.scopes.curator1a), '2026-08-25');
    expect(form.purpose).toBe('вовлечения обучающихся 5–11 классов в наставничество');
    expect(form.sections).toHaveLength(base.sections.length);
  });

  it('refuses a curator from another school', async () => {
    await expect(prepare({ ...base, curatorId: tree.people.s2[0]! })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses a forged order id: another school cannot issue it', async () => {
    await expect(issue(id, tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await family(id)).every((r) => r.status === 'draft')).toBe(true);
  });

  it('issues the order with its annexes under its number, with the forms and the curator', async () => {
    const result = await issue(id);
    expect(result.number).toMatch(/^\d+-од$/);
    const rows = await family(id);
    expect(rows.map((r) => [r.status, r.issueDate])).toEqual(rows.map(() => ['issued', '2026-09-01']));
    expect(rows.find((r) => r.id === id)!.number).toBe(result.number);
    const order = rows.find((r) => r.id === id)!;
    const regulation = rows.find((r) => r.template === 'student-regulation')!;
    const roadmap = rows.find((r) => r.template === 'student-roadmap')!;
    const orderText = await docxText(order.docx!);
    expect(orderText).toContain('О внедрении целевой модели наставничества обучающихся в Школа 1А');
    expect(orderText).toContain('распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145');
    expect(orderText).toContain('«работодатель – ученик» (ролевые модели: «работодатель – будущий сотрудник»)');
    expect(orderText).toContain('заместителя директора по воспитательной работе Воронцову Ирину Николаевну');
    expect(orderText).toContain('Положение о наставничестве обучающихся в Школа 1А (приложение № 1)');
    for (const [annex, no] of [
      [regulation, 1],
      [roadmap, 2],
    ] as const) {
      const text = (await pdfText(annex.pdf!)).replace(/\s+/g, ' ');
      expect(text).toContain(`Приложение № ${no}`);
      expect(text).toContain(`от 01.09.2026 № ${result.number}`);
    }
    expect((await pdfText(roadmap.pdf!)).replace(/\s+/g, ' ')).toContain('Сформированная база наставляемых');
    const sheet = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id));
    expect(sheet.map((a) => a.personId)).toEqual([curatorId]);
  });

  it('keeps the issued order immutable: preparing again, issuing again and a direct update are refused', async () => {
    await expect(prepare(base)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(issue(id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.db.update(documents).set({ title: 'Другое' }).where(eq(documents.id, id))).rejects.toThrow();
    const state = await loadStudentIntroduction(t.db, tree.scopes.curator1a);
    expect(state.order?.status).toBe('issued');
    expect(state.annexes).toHaveLength(2);
  });

  it('is not for a teacher', async () => {
    await expect(loadStudentIntroduction(t.db, tree.scopes.teacher1a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('programs of student pairs', () => {
  let groupPairId: string;
  let employerPairId: string;
  let programId: string;

  beforeAll(async () => {
    const org = tree.orgs.s1a.id;
    const forms = await loadStudentIntroduction(t.db, tree.scopes.curator1a);
    expect(forms.forms.defaults).toBe(false);
    const { studentForms, studentFormVariants } = await import('@/db/schema');
    const formRows = await t.db.select().from(studentForms).where(eq(studentForms.organizationId, org));
    const variantRows = await t.db.select().from(studentFormVariants).where(eq(studentFormVariants.organizationId, org));
    const pupilForm = formRows.find((f) => f.name === 'ученик – ученик')!;
    const employerForm = formRows.find((f) => f.name === 'работодатель – ученик')!;
    const senior = await pupil(t.db, org, { lastName: 'Белоусова', firstName: 'Анастасия', middleName: 'Дмитриевна', birthDate: '2010-03-14', grade: 10, classLetter: 'А' });
    const a = await pupil(t.db, org, { lastName: 'Ковалёв', firstName: 'Артём', middleName: 'Сергеевич', birthDate: '2014-05-02', grade: 6, classLetter: 'Б' });
    const b = await pupil(t.db, org, { lastName: 'Орлова', firstName: 'Дарья', middleName: 'Ильинична', birthDate: '2014-11-20', grade: 6, classLetter: 'Б' });
    const c = await pupil(t.db, org, { lastName: 'Зуев', firstName: 'Максим', middleName: 'Андреевич', birthDate: '2009-01-09', grade: 11 });
    const mentor = await pupilMentor(t.db, org, senior.id);
    groupPairId = (
      await pair(t.db, org, {
        mentorId: mentor.id,
        formId: pupilForm.id,
        variantId: variantRows.find((v) => v.name === 'успевающий – неуспевающий')!.id,
        menteeIds: [a.id, b.id],
        goals: 'подтянуть математику до отметки «4» к концу года',
      })
    ).id;
    const employer = await employerMentor(t.db, org);
    employerPairId = (await pair(t.db, org, { mentorId: employer.id, formId: employerForm.id, menteeIds: [c.id] })).id;
  });

  const create = (pairId: string, scope: Scope = tree.scopes.curator1a) => asUser(t.db, scope, (ctx) => createStudentProgram(ctx, { pairId }));

  it('creates a group program from the pair: form, variant, pupils with their classes, the pair goal, a plan over its months', async () => {
    programId = (await create(groupPairId)).id;
    expect((await create(groupPairId)).id).toBe(programId);
    const { data } = await loadStudentProgram(t.db, tree.scopes.curator1a, programId);
    expect(data.kind).toBe('group');
    expect(data.goal).toBe('подтянуть математику до отметки «4» к концу года');
    expect(data.plan[0]!.due).toBe('октябрь 2026 г.');
    expect(data.plan.at(-1)!.due).toBe('май 2027 г.');
    const file = await studentProgramFile(t.db, tree.scopes.curator1a, programId, 'docx');
    const text = await docxText(file.bytes);
    expect(text).toContain('«ученик – ученик», ролевая модель «успевающий – неуспевающий» (групповое наставничество)');
    expect(text).toContain('Белоусова Анастасия Дмитриевна, обучающаяся 10 «А» класса');
    expect(text).toContain('Ковалёв Артём Сергеевич, обучающийся 6 «Б» класса');
    expect(text).toContain('Куратор: Воронцова Ирина Николаевна');
  });

  it('prints the employer form without a variant, the mentor by employer and position', async () => {
    const id = (await create(employerPairId)).id;
    const pdf = (await pdfText((await studentProgramFile(t.db, tree.scopes.curator1a, id, 'pdf')).bytes)).replace(/\s+/g, ' ');
    expect(pdf).toContain('«работодатель – ученик» (индивидуальное наставничество)');
    expect(pdf).toContain('Гребенщиков Олег Викторович, представитель работодателя, АО «Бийский олеумный завод», инженер-технолог');
    expect(pdf).toContain('Зуев Максим Андреевич, обучающийся 11 класса');
  });

  it('edits the plan and marks a row done; the mark prints', async () => {
    const { data, updatedAt } = await loadStudentProgram(t.db, tree.scopes.curator1a, programId);
    const input = studentProgramFormSchema.parse({
      programId,
      savedAt: updatedAt.toISOString(),
      goal: data.goal,
      tasks: [{ text: 'разобрать темы «Дроби» и «Проценты»' }],
      plan: [...data.plan.map((r) => ({ due: r.due, activity: r.activity, form: r.form, doneOn: r.doneOn ?? '' })), { due: 'март 2027 г.', activity: 'Неделя математики', form: 'мероприятие', doneOn: '' }],
      results: [{ text: 'отметки не ниже «4»' }],
    });
    await asUser(t.db, tree.scopes.curator1a, (ctx) => saveStudentProgram(ctx, input));
    await asUser(t.db, tree.scopes.curator1a, (ctx) => markStudentProgramRow(ctx, { programId, index: 0, doneOn: '2026-10-05' }));
    const text = await docxText((await studentProgramFile(t.db, tree.scopes.curator1a, programId, 'docx')).bytes);
    expect(text).toContain('разобрать темы «Дроби» и «Проценты».');
    expect(text).toMatch(/Знакомство.*\| встреча \| выполнено 05\.10\.2026/);
    expect(text).toContain('Неделя математики');
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => markStudentProgramRow(ctx, { programId, index: 99, doneOn: null }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The form opened before the mark would take the mark back: refused.
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => saveStudentProgram(ctx, input))).rejects.toMatchObject({ code: 'CONFLICT' });
    const list = await listStudentPrograms(t.db, tree.scopes.curator1a);
    expect(list.find((p) => p.programId === programId)?.progress).toEqual({ done: 1, total: input.plan.length });
  });

  it('refuses a forged pair or program id from another school', async () => {
    await expect(create(groupPairId, tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(studentProgramFile(t.db, tree.scopes.head2, programId, 'pdf')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asUser(t.db, tree.scopes.head2, (ctx) => markStudentProgramRow(ctx, { programId, index: 0, doneOn: null }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listStudentPrograms(t.db, tree.scopes.head2)).toEqual([]);
    expect(await t.db.select().from(studentPrograms).where(eq(studentPrograms.organizationId, tree.orgs.s2.id))).toEqual([]);
  });
});
