// The demo school's student model: four classes of six pupils, each with a parent and the
// authority document, two external mentors, the default forms, the curator of the model.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalMentors, guardians, organizations, pupils, studentForms, studentSettings , users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { declineFullName } from '@/lib/core/russian';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';
import { loadScope } from '@/lib/server/auth/scope';
import { listPupils, pupilClasses } from '@/lib/server/students/pupils';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
}, 120_000);
afterAll(() => t.close());

describe('the demo pupils', () => {
  it('fill 5А, 7Б, 9А, 10А of the first school with parents, external mentors and the forms', async () => {
    const [head] = await t.db.select().from(users).where(eq(users.email, 'head1@nastavnik.demo'));
    const scope = (await loadScope(t.db, head!.id))!;
    expect((await pupilClasses(t.db, scope)).map((c) => `${c.label}:${c.pupils}`)).toEqual(['5А:6', '7Б:6', '9А:6', '10А:6']);
    const all = await t.db.select().from(pupils);
    expect(all.every((p) => p.organizationId === scope.orgId)).toBe(true);
    const parents = await t.db.select().from(guardians);
    expect(parents).toHaveLength(24);
    expect(parents.every((g) => g.authorityDocument.length > 10)).toBe(true);
    expect((await t.db.select().from(externalMentors)).map((e) => e.kind).sort()).toEqual(['employer', 'student']);
    expect((await t.db.select().from(studentForms).where(eq(studentForms.organizationId, scope.orgId))).length).toBe(DEFAULT_STUDENT_FORMS.length);
    const [settings] = await t.db.select().from(studentSettings).where(eq(studentSettings.organizationId, scope.orgId));
    expect(settings!.curatorId).not.toBeNull();
    const [school] = await t.db.select().from(organizations).where(eq(organizations.id, scope.orgId));
    expect(school!.shortName).toBe('МБОУ «СОШ № 1»');
  });

  it('decline as documents need them: a Turkic patronymic stays whole, Белых and Кузьмич do not change for girls', async () => {
    const [head] = await t.db.select().from(users).where(eq(users.email, 'head1@nastavnik.demo'));
    const scope = (await loadScope(t.db, head!.id))!;
    const fifth = await listPupils(t.db, scope, { grade: 5, letter: 'А' });
    expect(fifth.map((p) => p.lastName)).toEqual(['Белых', 'Ёлкина', 'Ким', 'Кузьмич', 'Мамедов', 'Шевчук']);
    const mamedov = fifth.find((p) => p.lastName === 'Мамедов')!;
    expect(declineFullName({ ...mamedov, gender: mamedov.genderOverride, forms: mamedov.nameForms }, 'dative')).toBe('Мамедову Тимуру Рашид оглы');
    const lyubov = fifth.find((p) => p.firstName === 'Любовь')!;
    expect(declineFullName({ ...lyubov, gender: lyubov.genderOverride, forms: lyubov.nameForms }, 'genitive')).toBe('Белых Любови Ивановны');
  });
});
