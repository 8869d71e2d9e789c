// Pupils are minors: their data is read only by their own school's head and curator. A head of
// another school, a district coordinator and the region operator get "not found" for a forged
// pupil, guardian, external mentor or form id — whether read or used inside a form — and see
// counts only. A pupil's personal data can be exported; after a withdrawn personal-data
// consent the data only it covered are erased by the 30-day deadline.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, externalMentors, guardians, pupils, studentConsents, studentForms, studentMentees, studentMentors, studentQuestionnaires } from '@/db/schema';
import { can } from '@/lib/domain/permissions';
import { guardianSchema, updateExternalMentorSchema, updateGuardianSchema, updatePupilSchema } from '@/lib/domain/validations/students-people';
import type { Scope } from '@/lib/server/auth/scope';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { loadExternalMentor, updateExternalMentor } from '@/lib/server/students/external-mentors';
import { ensureStudentForms, loadStudentForm, removeStudentForm } from '@/lib/server/students/forms';
import { addGuardian, loadGuardian, removeGuardian, updateGuardian } from '@/lib/server/students/guardians';
import { exportPupilPersonalData } from '@/lib/server/students/privacy';
import { listPupils, loadPupil, pupilCard, pupilClasses, pupilCountsInScope, updatePupil } from '@/lib/server/students/pupils';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let pupilId: string;
let guardianId: string;
let externalId: string;
let formId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const org = tree.orgs.s1a.id;
  const [p] = await t.db.insert(pupils).values({ organizationId: org, lastName: 'Белых', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '2012-03-04', grade: 9, classLetter: 'А' }).returning();
  pupilId = p!.id;
  const [g] = await t.db
    .insert(guardians)
    .values({ organizationId: org, pupilId, lastName: 'Белых', firstName: 'Ольга', middleName: 'Петровна', relation: 'mother', authorityDocument: 'свидетельство о рождении II-РК № 123456' })
    .returning();
  guardianId = g!.id;
  const [e] = await t.db.insert(externalMentors).values({ organizationId: org, lastName: 'Шевчук', firstName: 'Олег', kind: 'employer', employer: 'АО «Бийский завод»' }).returning();
  externalId = e!.id;
  await ensureStudentForms(t.db, org);
  formId = (await t.db.select().from(studentForms).where(eq(studentForms.organizationId, org)).limit(1))[0]!.id;
  await t.db.insert(pupils).values({ organizationId: tree.orgs.s2.id, lastName: 'Дюма', firstName: 'Илья', birthDate: '2013-01-01', grade: 7, classLetter: 'Б' });
});
afterAll(() => t.close());

const outsiders = (): [string, Scope][] => [
  ['the head of another school', tree.scopes.head1b],
  ['the district coordinator', tree.scopes.district1],
  ['the region operator', tree.scopes.region],
];

describe('a forged id from outside the school', () => {
  it('only the school head and curator may manage pupils (pages and actions answer 403 to the rest)', () => {
    expect(can(tree.scopes.head1a, 'students.manage')).toBe(true);
    expect(can(tree.scopes.curator1a, 'students.manage')).toBe(true);
    for (const [, scope] of outsiders().slice(1)) expect(can(scope, 'students.manage')).toBe(false);
    expect(can(tree.scopes.teacher1a, 'students.manage')).toBe(false);
  });

  it.each([0, 1, 2])('reads nothing of a pupil, a parent, an external mentor or a form (outsider %i)', async (i) => {
    const [, scope] = outsiders()[i]!;
    const nf = { code: 'NOT_FOUND' };
    await expect(loadPupil(t.db, scope, pupilId)).rejects.toMatchObject(nf);
    await expect(pupilCard(t.db, scope, pupilId)).rejects.toMatchObject(nf);
    await expect(exportPupilPersonalData(t.db, scope, pupilId)).rejects.toMatchObject(nf);
    await expect(loadGuardian(t.db, scope, guardianId)).rejects.toMatchObject(nf);
    await expect(loadExternalMentor(t.db, scope, externalId)).rejects.toMatchObject(nf);
    await expect(loadStudentForm(t.db, scope, formId)).rejects.toMatchObject(nf);
  });

  it('a district or the region gets no list of pupils, only counts per school', async () => {
    for (const scope of [tree.scopes.district1, tree.scopes.region]) {
      await expect(listPupils(t.db, scope)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(pupilClasses(t.db, scope)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await pupilCountsInScope(t.db, tree.scopes.district1)).toEqual([{ organizationId: tree.orgs.s1a.id, pupils: 1 }]);
    expect((await pupilCountsInScope(t.db, tree.scopes.region)).length).toBe(2);
    // The other school's list never shows this school's pupil.
    expect((await listPupils(t.db, tree.scopes.head2)).map((p) => p.lastName)).toEqual(['Дюма']);
  });

  it('the head of another school cannot change, attach a parent to, or remove anything by a forged id in a form', async () => {
    const other = tree.scopes.head1b;
    const nf = { code: 'NOT_FOUND' };
    const edit = updatePupilSchema.parse({ pupilId, lastName: 'Взлом', firstName: 'Анна', birthDate: '2012-03-04', schoolClass: '9А' });
    await expect(asUser(t.db, other, (ctx) => updatePupil(ctx, edit))).rejects.toMatchObject(nf);
    const parent = guardianSchema.parse({ pupilId, lastName: 'Чужой', firstName: 'Иван', relation: 'father' });
    await expect(asUser(t.db, other, (ctx) => addGuardian(ctx, parent))).rejects.toMatchObject(nf);
    const parentEdit = updateGuardianSchema.parse({ guardianId, lastName: 'Чужой', firstName: 'Иван', relation: 'father' });
    await expect(asUser(t.db, other, (ctx) => updateGuardian(ctx, parentEdit))).rejects.toMatchObject(nf);
    await expect(asUser(t.db, other, (ctx) => removeGuardian(ctx, { guardianId }))).rejects.toMatchObject(nf);
    const ext = updateExternalMentorSchema.parse({ externalId, lastName: 'Чужой', firstName: 'Иван', kind: 'student', employer: 'вуз' });
    await expect(asUser(t.db, other, (ctx) => updateExternalMentor(ctx, ext))).rejects.toMatchObject(nf);
    await expect(asUser(t.db, other, (ctx) => removeStudentForm(ctx, { formId }))).rejects.toMatchObject(nf);
    // A district account is refused before any lookup.
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => updatePupil(ctx, edit))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.db.select().from(pupils).where(eq(pupils.id, pupilId)))[0]!.lastName).toBe('Белых');
    expect((await t.db.select().from(guardians).where(eq(guardians.id, guardianId)))[0]!.lastName).toBe('Белых');
  });
});

describe("a pupil's personal data", () => {
  it('exports everything kept about the pupil to the own school', async () => {
    const data = await exportPupilPersonalData(t.db, tree.scopes.curator1a, pupilId);
    expect(data.pupil).toMatchObject({ lastName: 'Белых', birthDate: '2012-03-04' });
    expect(data.guardians).toMatchObject([{ lastName: 'Белых', relation: 'mother', authorityDocument: 'свидетельство о рождении II-РК № 123456' }]);
  });

  it('erases what only the consent covered by the day before the 30-day deadline after a withdrawal, once', async () => {
    const org = tree.orgs.s1a.id;
    await t.db.insert(studentMentees).values({ pupilId, organizationId: org, request: 'подготовка к олимпиаде по химии', addedOn: '2026-09-01' });
    await t.db.insert(studentMentors).values({ organizationId: org, kind: 'pupil', pupilId, competences: ['химия'], addedOn: '2026-09-01' });
    await t.db.insert(studentQuestionnaires).values({ organizationId: org, pupilId, role: 'mentee', stage: 'before', source: 'paper', answers: { q1: 7 }, filledOn: '2026-09-10' });
    await t.db.insert(studentConsents).values({ organizationId: org, pupilId, kind: 'personal_data', status: 'withdrawn', receivedOn: '2026-09-01', closedOn: '2026-11-01' });
    // The deadline is 01.12.2026: nothing goes before 30.11.
    expect(await eraseDuePersonalData(t.db, '2026-11-29')).toBe(0);
    expect(await eraseDuePersonalData(t.db, '2026-11-30', tree.orgs.s1b.id)).toBe(0);
    expect(await eraseDuePersonalData(t.db, '2026-11-30')).toBe(1);
    expect((await t.db.select().from(studentMentees).where(eq(studentMentees.pupilId, pupilId)))[0]!.request).toBe('');
    expect((await t.db.select().from(studentMentors).where(eq(studentMentors.pupilId, pupilId)))[0]!.competences).toEqual([]);
    expect(await t.db.select().from(studentQuestionnaires).where(eq(studentQuestionnaires.pupilId, pupilId))).toEqual([]);
    expect((await t.db.select().from(guardians).where(eq(guardians.id, guardianId)))[0]!.authorityDocument).toBe('');
    // The school's record of its pupil stays: name, birth date, class.
    expect((await t.db.select().from(pupils).where(eq(pupils.id, pupilId)))[0]).toMatchObject({ lastName: 'Белых', birthDate: '2012-03-04', grade: 9 });
    const [consent] = await t.db.select().from(studentConsents).where(eq(studentConsents.pupilId, pupilId));
    expect(consent!.erasedOn).toBe('2026-11-30');
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'pupil.personal_data_erased'), eq(auditLog.entityId, pupilId)));
    expect(audits).toHaveLength(1);
    expect(await eraseDuePersonalData(t.db, '2026-12-01')).toBe(0);
  });
});
