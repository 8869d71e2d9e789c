// The people of the student model on a real database: pupils by hand and from a class list
// (all rows or none, duplicates refused), parents, external mentors, the default forms given
// once, the archive rule of a form used by a pair, and the settings.
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, guardians, pupils, studentFormVariants, studentForms, studentMentors, studentPairs, studentSettings } from '@/db/schema';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';
import {
  externalMentorSchema,
  guardianSchema,
  pupilFileSchema,
  pupilImportSchema,
  pupilSchema,
  studentSettingsSchema,
  updateGuardianSchema,
  updatePupilSchema,
} from '@/lib/domain/validations/students-people';
import { createExternalMentor, listExternalMentors } from '@/lib/server/students/external-mentors';
import {
  addStudentForm,
  addStudentFormVariant,
  ensureStudentForms,
  listStudentForms,
  removeStudentForm,
  removeStudentFormVariant,
  renameStudentFormVariant,
  updateStudentForm,
} from '@/lib/server/students/forms';
import { addGuardian, removeGuardian, updateGuardian } from '@/lib/server/students/guardians';
import { importPupils, readPupilFile } from '@/lib/server/students/import';
import { createPupil, listPupils, pupilCard, pupilClasses, updatePupil } from '@/lib/server/students/pupils';
import { loadStudentSettings, saveStudentSettings } from '@/lib/server/students/settings';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const curator = <T>(body: Parameters<typeof asUser<T>>[2]) => asUser(t.db, tree.scopes.curator1a, body);
const pupilCount = async (orgId = tree.orgs.s1a.id) => (await t.db.select({ n: count() }).from(pupils).where(eq(pupils.organizationId, orgId)))[0]!.n;
const HEADER = ['№ п/п', 'ФИО обучающегося', 'Дата рождения', 'Класс', 'ФИО родителя (законного представителя)', 'Кем приходится'];
const importInput = (rows: string[][]) => pupilImportSchema.parse({ rows: [HEADER, ...rows], headerRow: 0, mapping: {
  fullName: 1, lastName: null, firstName: null, middleName: null, birthDate: 2, schoolClass: 3, guardianFullName: 4, guardianRelation: 5,
} });

describe('pupils by hand', () => {
  let id: string;
  it('adds a pupil and refuses the same name and birth date twice', async () => {
    const input = pupilSchema.parse({ lastName: 'Шевчук', firstName: 'Анна', middleName: 'Олеговна', birthDate: '12.04.2014', schoolClass: '7 б' });
    id = (await curator((ctx) => createPupil(ctx, input))).id;
    const [row] = await t.db.select().from(pupils).where(eq(pupils.id, id));
    expect(row).toMatchObject({ organizationId: tree.orgs.s1a.id, grade: 7, classLetter: 'Б', birthDate: '2014-04-12' });
    await expect(curator((ctx) => createPupil(ctx, input))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('7Б класс') });
    // The audit keeps the name and class, never the child's birth date.
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'pupil.create'), eq(auditLog.entityId, id)));
    expect(JSON.stringify(audit!.after)).not.toContain('2014');
  });

  it('moves a pupil to another class and refuses an impossible birth date', async () => {
    await curator((ctx) => updatePupil(ctx, updatePupilSchema.parse({ pupilId: id, lastName: 'Шевчук', firstName: 'Анна', middleName: 'Олеговна', birthDate: '2014-04-12', schoolClass: '8-а' })));
    expect((await t.db.select().from(pupils).where(eq(pupils.id, id)))[0]).toMatchObject({ grade: 8, classLetter: 'А' });
    const future = updatePupilSchema.parse({ pupilId: id, lastName: 'Шевчук', firstName: 'Анна', birthDate: '2030-01-01', schoolClass: '8А' });
    await expect(curator((ctx) => updatePupil(ctx, future))).rejects.toMatchObject({ fieldErrors: { birthDate: ['Дата рождения не может быть в будущем.'] } });
  });

  it('adds, edits and removes a parent with the authority document', async () => {
    const g = await curator((ctx) =>
      addGuardian(ctx, guardianSchema.parse({ pupilId: id, lastName: 'Шевчук', firstName: 'Ольга', middleName: 'Петровна', relation: 'mother', authorityDocument: 'свидетельство о рождении II-РК № 123456' })),
    );
    await curator((ctx) => updateGuardian(ctx, updateGuardianSchema.parse({ guardianId: g.id, lastName: 'Шевчук', firstName: 'Ольга', middleName: 'Петровна', relation: 'guardian', authorityDocument: 'постановление об опеке № 5' })));
    const card = await pupilCard(t.db, tree.scopes.curator1a, id);
    expect(card.guardians).toMatchObject([{ relation: 'guardian', authorityDocument: 'постановление об опеке № 5' }]);
    await curator((ctx) => removeGuardian(ctx, { guardianId: g.id }));
    expect((await pupilCard(t.db, tree.scopes.head1a, id)).guardians).toEqual([]);
  });
});

describe('the class-list import', () => {
  it('reads an XLSX export with a title row, Excel date cells and classes written «7а», «7 А», «7-а»', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Список');
    ws.addRow(['Список обучающихся на 01.09.2026']);
    ws.addRow(HEADER);
    ws.addRow([1, 'Мамедов Тимур Рашид оглы', new Date(Date.UTC(2013, 2, 5)), '7а', 'Мамедова Лейла Ахмедовна', 'мать']);
    ws.addRow([2, 'Белых Анна Сергеевна', '01.06.2013', '7 А', '', '']);
    ws.addRow([3, 'Кузьмич Илья Лев', '10.10.2013', '7-а', 'Кузьмич Лев Андреевич', 'отец']);
    const file = new File([await wb.xlsx.writeBuffer()], 'Список 7А.xlsx');
    const sheet = await curator((ctx) => readPupilFile(ctx, pupilFileSchema.parse({ file })));
    expect(sheet.headerRow).toBe(1);
    expect(sheet.check.errorLines).toEqual([]);
    const before = await pupilCount();
    const res = await curator((ctx) => importPupils(ctx, pupilImportSchema.parse({ rows: sheet.rows, headerRow: sheet.headerRow, mapping: sheet.mapping })));
    expect(res).toEqual({ count: 3, guardians: 2 });
    expect(await pupilCount()).toBe(before + 3);
    const list = await listPupils(t.db, tree.scopes.curator1a, { grade: 7, letter: 'А' });
    // Russian order: Б, К, М.
    expect(list.map((p) => p.lastName)).toEqual(['Белых', 'Кузьмич', 'Мамедов']);
    expect(list.find((p) => p.lastName === 'Мамедов')).toMatchObject({ middleName: 'Рашид оглы', keepFatherName: true, birthDate: '2013-03-05', guardianCount: 1 });
    const mamedov = list.find((p) => p.lastName === 'Мамедов')!;
    expect((await t.db.select().from(guardians).where(eq(guardians.pupilId, mamedov.id)))[0]).toMatchObject({ lastName: 'Мамедова', relation: 'mother' });
  });

  it('writes nothing when one row is bad, naming the row and the column', async () => {
    const before = await pupilCount();
    const guardiansBefore = (await t.db.select({ n: count() }).from(guardians))[0]!.n;
    const input = importInput([
      ['1', 'Дюма Александр Петрович', '01.01.2012', '9А', 'Дюма Пётр Ильич', 'отец'],
      ['2', 'Любимова Любовь Ивановна', '31.02.2012', '9А', '', ''],
    ]);
    await expect(curator((ctx) => importPupils(ctx, input))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Строка 3, столбец C «Дата рождения»: «31.02.2012» — такой даты нет в календаре.'),
    });
    expect(await pupilCount()).toBe(before);
    expect((await t.db.select({ n: count() }).from(guardians))[0]!.n).toBe(guardiansBefore);
  });

  it('refuses a pupil already in the school and a row repeated in the file', async () => {
    const input = importInput([
      ['1', 'Белых Анна Сергеевна', '01.06.2013', '7А', '', ''],
      ['2', 'Дюма Александр Петрович', '01.01.2012', '9А', '', ''],
      ['3', 'Дюма Александр Петрович', '01.01.2012', '9А', '', ''],
    ]);
    const error = await curator((ctx) => importPupils(ctx, input)).catch((e: Error) => e.message);
    expect(error).toContain('обучающийся уже есть в списке школы (7А класс)');
    expect(error).toContain('Строка 4, столбец B «ФИО обучающегося»: повторяет строку 3');
  });

  it('the same list goes into another school: duplicates are per school', async () => {
    const input = importInput([['1', 'Белых Анна Сергеевна', '01.06.2013', '7А', '', '']]);
    expect(await asUser(t.db, tree.scopes.head1b, (ctx) => importPupils(ctx, input))).toMatchObject({ count: 1 });
  });

  it('shows classes with their counts in school order', async () => {
    const classes = await pupilClasses(t.db, tree.scopes.curator1a);
    expect(classes.map((c) => `${c.label}:${c.pupils}`)).toEqual(['7А:3', '8А:1']);
  });
});

describe('external mentors', () => {
  it('adds a college student and refuses the same person of the same organization twice', async () => {
    const input = externalMentorSchema.parse({ lastName: 'Дюма', firstName: 'Илья', middleName: 'Лев', kind: 'student', employer: 'КГБПОУ «Бийский промышленно-технологический колледж»', position: 'студент 3 курса' });
    await curator((ctx) => createExternalMentor(ctx, input));
    await expect(curator((ctx) => createExternalMentor(ctx, input))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await listExternalMentors(t.db, tree.scopes.curator1a)).map((m) => m.kind)).toEqual(['student']);
  });
});

describe('forms and variants', () => {
  it('gives a school the default forms with their variants once', async () => {
    const forms = await listStudentForms(t.db, tree.scopes.curator1a);
    expect(forms.map((f) => f.name)).toEqual(DEFAULT_STUDENT_FORMS.map((f) => f.name));
    expect(forms[0]!.variants.map((v) => v.name)).toEqual([...DEFAULT_STUDENT_FORMS[0]!.variants]);
    await ensureStudentForms(t.db, tree.orgs.s1a.id);
    const n = (await t.db.select({ n: count() }).from(studentForms).where(eq(studentForms.organizationId, tree.orgs.s1a.id)))[0]!.n;
    expect(n).toBe(DEFAULT_STUDENT_FORMS.length);
  });

  it('adds and renames a form and a variant; a name used twice is refused', async () => {
    const { id } = await curator((ctx) => addStudentForm(ctx, { name: 'наставник – проектная команда', mentorKinds: ['pupil', 'teacher'] }));
    await curator((ctx) => updateStudentForm(ctx, { formId: id, name: 'наставник – проектная группа', mentorKinds: ['teacher'] }));
    await expect(curator((ctx) => addStudentForm(ctx, { name: 'Ученик – ученик', mentorKinds: ['pupil'] }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const v = await curator((ctx) => addStudentFormVariant(ctx, { formId: id, name: 'куратор – автор проекта' }));
    await curator((ctx) => renameStudentFormVariant(ctx, { variantId: v.id, name: 'руководитель – автор проекта' }));
    const form = (await listStudentForms(t.db, tree.scopes.curator1a)).find((f) => f.id === id)!;
    expect(form).toMatchObject({ name: 'наставник – проектная группа', mentorKinds: ['teacher'], variants: [{ name: 'руководитель – автор проекта' }] });
    expect(await curator((ctx) => removeStudentForm(ctx, { formId: id }))).toEqual({ outcome: 'deleted' });
  });

  it('archives, not deletes, a form and a variant a pair uses', async () => {
    const [form] = await t.db.select().from(studentForms).where(and(eq(studentForms.organizationId, tree.orgs.s1a.id), eq(studentForms.name, 'ученик – ученик')));
    const [variant] = await t.db.select().from(studentFormVariants).where(eq(studentFormVariants.formId, form!.id)).limit(1);
    const [pupil] = await t.db.select().from(pupils).where(eq(pupils.organizationId, tree.orgs.s1a.id)).limit(1);
    const [mentor] = await t.db.insert(studentMentors).values({ organizationId: tree.orgs.s1a.id, kind: 'pupil', pupilId: pupil!.id, addedOn: '2026-09-01' }).returning();
    await t.db.insert(studentPairs).values({ organizationId: tree.orgs.s1a.id, mentorId: mentor!.id, formId: form!.id, variantId: variant!.id, kind: 'индивидуальное', startDate: '2026-09-01', endDate: '2027-05-31' });
    expect(await curator((ctx) => removeStudentFormVariant(ctx, { variantId: variant!.id }))).toEqual({ outcome: 'archived' });
    expect(await curator((ctx) => removeStudentForm(ctx, { formId: form!.id }))).toEqual({ outcome: 'archived' });
    expect((await t.db.select().from(studentForms).where(eq(studentForms.id, form!.id)))[0]).toMatchObject({ archived: true });
    expect((await t.db.select().from(studentFormVariants).where(eq(studentFormVariants.id, variant!.id)))[0]).toMatchObject({ archived: true });
    const listed = (await listStudentForms(t.db, tree.scopes.curator1a)).at(-1)!;
    expect(listed).toMatchObject({ name: 'ученик – ученик', archived: true, pairs: 1 });
  });
});

describe('settings', () => {
  it('defaults to co-signing at 14 and saves a curator from the school staff only', async () => {
    expect(await loadStudentSettings(t.db, tree.scopes.head1a)).toMatchObject({ cosignAge: 14, publishesNames: false, curatorId: null });
    await asUser(t.db, tree.scopes.head1a, (ctx) => saveStudentSettings(ctx, studentSettingsSchema.parse({ cosignAge: '', publishesNames: 'on', curatorId: tree.people.s1a[1] })));
    expect(await loadStudentSettings(t.db, tree.scopes.head1a)).toMatchObject({ cosignAge: null, publishesNames: true, curatorId: tree.people.s1a[1], curatorName: 'Сидорова-1а Анна Ивановна' });
    const foreign = studentSettingsSchema.parse({ cosignAge: '14', curatorId: tree.people.s2[0] });
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => saveStudentSettings(ctx, foreign))).rejects.toMatchObject({ fieldErrors: { curatorId: ['Куратор выбирается из сотрудников школы.'] } });
    expect((await t.db.select().from(studentSettings).where(eq(studentSettings.organizationId, tree.orgs.s1a.id)))[0]!.cosignAge).toBeNull();
  });
});
