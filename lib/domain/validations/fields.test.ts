import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDateField } from './fields';
import { personSchema } from './person';

const errors = (input: Record<string, unknown>) => {
  const result = personSchema.safeParse({ lastName: 'Иванова', firstName: 'Мария', ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i: z.core.$ZodIssue) => [i.path.join('.'), i.message]));
};

describe('form fields', () => {
  it('names a wrong type as such, never «Заполните» for a present value', () => {
    expect(errors({ lastName: 5, position: ['учитель'], subjects: { a: 1 } })).toEqual({
      lastName: 'Поле «Фамилия»: ожидается текст.',
      position: 'Поле «Должность»: ожидается текст.',
      subjects: 'Поле «Предметы»: ожидается текст.',
    });
    expect(errors({ lastName: undefined })).toEqual({ lastName: 'Заполните поле «Фамилия».' });
  });

  it('refuses characters a document cannot print, naming the field and the character', () => {
    expect(errors({ position: 'учитель 😀' })).toEqual({ position: 'Должность: символ «😀» нельзя напечатать в документе.' });
    expect(errors({ middleName: 'Петровна\u202E' })).toEqual({
      middleName: 'Отчество: невидимый символ U+202E (управление направлением текста) недопустим.',
    });
    expect(errors({ subjects: 'математика, 数学' })).toEqual({ subjects: 'Предметы: символ «数» нельзя напечатать в документе.' });
  });
});

describe('isoDateField', () => {
  const field = isoDateField('Дата получения');
  it('reads дд.мм.гггг and ISO to ISO', () => {
    expect(field.parse('01.09.2026')).toBe('2026-09-01');
    expect(field.parse('2026-09-01')).toBe('2026-09-01');
  });
  it('refuses a date that is not in the calendar, or text that is not a date, in Russian', () => {
    expect(field.safeParse('31.02.2026').error?.issues[0]?.message).toBe('В поле «Дата получения» такой даты нет в календаре.');
    expect(field.safeParse('09/01/26').error?.issues[0]?.message).toBe('Поле «Дата получения»: введите дату как дд.мм.гггг, например 01.09.2026.');
    expect(field.safeParse('').error?.issues[0]?.message).toBe('Укажите поле «Дата получения».');
  });
});
