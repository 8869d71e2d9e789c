import { describe, expect, it } from 'vitest';
import { addFormSchema, externalMentorSchema, guardianSchema, pupilBirthDateProblem, pupilImportSchema, pupilSchema, studentSettingsSchema } from './students-people';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('pupil', () => {
  it('parses the class and the birth date typed as дд.мм.гггг', () => {
    const p = pupilSchema.parse({ lastName: ' Дюма ', firstName: 'Илья', middleName: 'Лев', birthDate: '01.09.2014', schoolClass: '7 б' });
    expect(p).toMatchObject({ lastName: 'Дюма', middleName: 'Лев', birthDate: '2014-09-01', schoolClass: { grade: 7, letter: 'Б' }, gender: null, keepFatherName: false });
  });

  it('refuses a class out of 1–11, a name the document font cannot print and markup', () => {
    expect(messages(pupilSchema.safeParse({ lastName: 'Дюма', firstName: 'Илья', birthDate: '2014-09-01', schoolClass: '12А' }))).toEqual([
      'Класс «12А»: укажите класс цифрой от 1 до 11 и буквой, например «7А».',
    ]);
    expect(messages(pupilSchema.safeParse({ lastName: 'Дюма😀', firstName: 'Илья', birthDate: '2014-09-01', schoolClass: '7А' }))[0]).toMatch(/Фамилия/);
    expect(messages(pupilSchema.safeParse({ lastName: '<&>', firstName: 'Илья', birthDate: '2014-09-01', schoolClass: '7А' }))).toEqual([
      'Поле «Фамилия»: допустимы только буквы, пробел, дефис и апостроф.',
    ]);
    expect(messages(pupilSchema.safeParse({ lastName: 'Щ'.repeat(10_000), firstName: 'Илья', birthDate: '2014-09-01', schoolClass: '7А' }))).toEqual([
      'Поле «Фамилия» длиннее 60 символов.',
    ]);
  });

  it('bounds the age of a pupil', () => {
    expect(pupilBirthDateProblem('2030-01-01', '2026-12-07')).toBe('Дата рождения не может быть в будущем.');
    expect(pupilBirthDateProblem('2023-01-01', '2026-12-07')).toBe('Проверьте дату рождения: обучающемуся меньше 5 лет.');
    expect(pupilBirthDateProblem('2000-01-01', '2026-12-07')).toBe('Проверьте дату рождения: обучающемуся больше 21 года.');
    expect(pupilBirthDateProblem('2012-05-05', '2026-12-07')).toBeNull();
  });
});

describe('guardian and external mentor', () => {
  it('requires the relation and keeps the authority document', () => {
    const pupilId = crypto.randomUUID();
    expect(messages(guardianSchema.safeParse({ pupilId, lastName: 'Белых', firstName: 'Ольга' }))).toEqual(['Укажите, кем приходится ребёнку.']);
    expect(guardianSchema.parse({ pupilId, lastName: 'Белых', firstName: 'Ольга', relation: 'mother', authorityDocument: 'свидетельство о рождении II-РК № 123456' })).toMatchObject({
      authorityDocument: 'свидетельство о рождении II-РК № 123456',
    });
    expect(guardianSchema.parse({ pupilId, lastName: 'Белых', firstName: 'Ольга', relation: 'mother' }).authorityDocument).toBe('');
  });

  it('requires the kind and the organization of an external mentor', () => {
    expect(messages(externalMentorSchema.safeParse({ lastName: 'Шевчук', firstName: 'Олег', employer: '' }))).toEqual([
      'Выберите: студент или представитель работодателя.',
      'Заполните поле «Организация».',
    ]);
  });
});

describe('forms, settings, import', () => {
  it('needs at least one kind of mentor for a form', () => {
    expect(messages(addFormSchema.safeParse({ name: 'наставник – проект', mentorKinds: [] }))).toEqual(['Отметьте, кто может быть наставником.']);
  });

  it('reads the co-signing age as a number 10–18 or none', () => {
    expect(studentSettingsSchema.parse({ cosignAge: '14', publishesNames: 'on', curatorId: '' })).toEqual({ cosignAge: 14, publishesNames: true, curatorId: null });
    expect(studentSettingsSchema.parse({ cosignAge: '' }).cosignAge).toBeNull();
    expect(messages(studentSettingsSchema.safeParse({ cosignAge: '25' }))).toEqual(['Возраст — от 10 до 18 лет.']);
  });

  it('needs a name column, a birth date column and a class', () => {
    const keys = ['fullName', 'lastName', 'firstName', 'middleName', 'birthDate', 'schoolClass', 'guardianFullName', 'guardianRelation'];
    const none = Object.fromEntries(keys.map((k) => [k, null]));
    expect(messages(pupilImportSchema.safeParse({ rows: [['x'], ['y']], headerRow: 0, mapping: none }))).toEqual([
      'В файле нет столбца «ФИО обучающегося» или столбцов «Фамилия» и «Имя».',
      'В файле нет столбца «Дата рождения».',
      'В файле нет столбца «Класс»: укажите класс цифрой от 1 до 11 и буквой, например «7А» для всех строк.',
    ]);
  });
});
