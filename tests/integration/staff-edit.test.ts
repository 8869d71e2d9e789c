// Adding and editing a staff member by hand: the import's schema and rules, the personal-data
// gate and its erasure, and forged ids of another school and another district.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, users } from '@/db/schema';
import { type PersonFormInput, personSchema, updatePersonSchema } from '@/lib/domain/validations/person';
import { createPerson } from '@/lib/server/people/create-person';
import { loadPerson } from '@/lib/server/people/load-person';
import { updatePerson } from '@/lib/server/people/update-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const form = (over: Partial<PersonFormInput> = {}): PersonFormInput => ({
  lastName: 'Орлова',
  firstName: 'Елена',
  middleName: 'Николаевна',
  gender: 'auto',
  position: 'учитель начальных классов',
  subjects: 'русский язык\nматематика',
  email: '',
  birthDate: '1980-05-20',
  pedagogicalStart: '2002-09-01',
  personalDataConsent: true,
  personalDataConsentDate: '2025-09-01',
  ...over,
});

const create = (over: Partial<PersonFormInput> = {}, scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => createPerson(ctx, personSchema.parse(form(over))));
const update = (personId: string, over: Partial<PersonFormInput> = {}, scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => updatePerson(ctx, updatePersonSchema.parse({ personId, ...form(over) })));
const writes = async () => ({
  people: (await t.db.select({ n: count() }).from(people))[0]!.n,
  audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
});

describe('adding a staff member', () => {
  let id: string;

  it('stores the form with the subjects as a list and the gender override', async () => {
    id = (await create({ gender: 'female', email: ' Orlova@School.RU ' })).id;
    const person = await loadPerson(t.db, tree.scopes.curator1a, id);
    expect(person).toMatchObject({
      organizationId: tree.orgs.s1a.id,
      subjects: ['русский язык', 'математика'],
      genderOverride: 'female',
      email: 'orlova@school.ru',
      birthDate: '1980-05-20',
      personalDataConsentDate: '2025-09-01',
    });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit!.after).not.toHaveProperty('birthDate');
  });

  it('refuses a namesake (a double submit too) with a message next to the surname', async () => {
    const before = await writes();
    await expect(create()).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { lastName: [expect.stringContaining('уже есть в списке школы: Орлова Елена Николаевна')] },
    });
    expect(await writes()).toEqual(before);
  });

  it('refuses dates that cannot be true', async () => {
    await expect(create({ lastName: 'Павлова', birthDate: '2090-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { birthDate: ['Дата рождения не может быть в будущем.'] },
    });
    await expect(create({ lastName: 'Павлова', pedagogicalStart: '1985-09-01' })).rejects.toMatchObject({
      fieldErrors: { pedagogicalStart: ['Педагогическая деятельность не может начаться раньше 14 лет.'] },
    });
  });

  it('keeps birth date and experience without the consent: they are the employment record (issue 12)', () => {
    const result = personSchema.safeParse(form({ personalDataConsent: false, personalDataConsentDate: '' }));
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ birthDate: '1980-05-20', pedagogicalStart: '2002-09-01', personalDataConsent: false });
  });

  it('answers 10,000-character values, markup and control characters with Russian messages', () => {
    const result = personSchema.safeParse(
      form({ lastName: 'Я'.repeat(10_000), position: '<b>&</b>'.repeat(50), subjects: 'a\u0000b', birthDate: '2020-02-31' }),
    );
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Поле «Фамилия» длиннее 60 символов.',
      'Поле «Должность» длиннее 300 символов.',
      'Поле «Предметы» содержит недопустимые символы.',
      'В поле «Дата рождения» такой даты нет в календаре.',
    ]);
    expect(personSchema.parse(form({ position: '<script>&amp;</script>' })).position).toBe('<script>&amp;</script>');
  });

  it('edits a record and renames its account; the dates go only when cleared by hand', async () => {
    const [account] = await t.db
      .insert(users)
      .values({ organizationId: tree.orgs.s1a.id, role: 'teacher', email: 'orlova@test.ru', fullName: 'old', passwordHash: 'x', personId: id })
      .returning();
    await update(id, { lastName: 'Орлова-Смирнова', personalDataConsent: false, personalDataConsentDate: '', birthDate: '', pedagogicalStart: '' });
    const person = await loadPerson(t.db, tree.scopes.curator1a, id);
    expect(person).toMatchObject({
      lastName: 'Орлова-Смирнова',
      personalDataConsent: false,
      personalDataConsentDate: null,
      birthDate: null,
      pedagogicalStart: null,
    });
    const [renamed] = await t.db.select().from(users).where(eq(users.id, account!.id));
    expect(renamed!.fullName).toBe('Орлова-Смирнова Елена Николаевна');
  });

  it('lets a record keep its own name on edit', async () => {
    await expect(
      update(id, {
        lastName: 'Орлова-Смирнова',
        personalDataConsent: false,
        personalDataConsentDate: '',
        birthDate: '',
        pedagogicalStart: '',
        position: 'завуч',
      }),
    ).resolves.toEqual({ id });
  });
});

describe('forged ids', () => {
  it('another school’s and another district’s person, or garbage, is not found and nothing changes', async () => {
    const before = await writes();
    for (const personId of [tree.people.s1b[0]!, tree.people.s2[0]!]) {
      await expect(update(personId, { lastName: 'Взлом' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Запись о сотруднике не найдена или недоступна.',
      });
      await expect(loadPerson(t.db, tree.scopes.curator1a, personId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const junk of ['', 'abc', "1' or '1'='1", 'x'.repeat(10_000)]) {
      await expect(loadPerson(t.db, tree.scopes.curator1a, junk)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await writes()).toEqual(before);
    const [untouched] = await t.db.select().from(people).where(eq(people.id, tree.people.s1b[0]!));
    expect(untouched!.lastName).toBe('Петров-1б');
  });

  it('a district coordinator cannot keep a staff list', async () => {
    await expect(create({ lastName: 'Районова' }, tree.scopes.district1)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
