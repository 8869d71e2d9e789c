import { describe, expect, it } from 'vitest';
import { initialsAfter, initialsBefore } from './initials';

const ivanova = { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' };

describe('initialsAfter (lists)', () => {
  it('writes «Фамилия И.О.» in the nominative by default', () => {
    expect(initialsAfter(ivanova)).toBe('Иванова М.П.');
  });

  it('declines the surname', () => {
    expect(initialsAfter(ivanova, 'dative')).toBe('Ивановой М.П.');
    expect(initialsAfter({ lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' }, 'instrumental')).toBe('Петровым И.С.');
    expect(initialsAfter({ lastName: 'Кох', firstName: 'Мария', middleName: 'Петровна' }, 'genitive')).toBe('Кох М.П.');
  });

  it('omits a missing patronymic', () => {
    expect(initialsAfter({ lastName: 'Иванова', firstName: 'Мария' })).toBe('Иванова М.');
    expect(initialsAfter({ lastName: 'Иванова', firstName: 'Мария', middleName: null })).toBe('Иванова М.');
  });

  it('abbreviates each part of a hyphenated first name', () => {
    expect(initialsAfter({ lastName: 'Ковальчук', firstName: 'Анна-Мария', middleName: 'Сергеевна' })).toBe('Ковальчук А.-М.С.');
  });

  it('takes the father’s name for a Turkic patronymic', () => {
    expect(initialsAfter({ lastName: 'Мамедов', firstName: 'Али', middleName: 'Гусейн оглы' }, 'genitive')).toBe('Мамедова А.Г.');
  });

  it('keeps «Ё» and capitalises initials of lowercase input', () => {
    expect(initialsAfter({ lastName: ' королёв ', firstName: 'фёдор', middleName: 'ёсифович' })).toBe('королёв Ф.Ё.');
  });
});

describe('initialsBefore (under a signature)', () => {
  it('writes «И.О. Фамилия»', () => {
    expect(initialsBefore(ivanova)).toBe('М.П. Иванова');
    expect(initialsBefore({ lastName: 'Мелихова', firstName: 'Анна', middleName: 'Григорьевна' })).toBe('А.Г. Мелихова');
  });

  it('declines the surname', () => {
    expect(initialsBefore({ lastName: 'Максимова', firstName: 'Елена', middleName: 'Анатольевна' }, 'accusative')).toBe('Е.А. Максимову');
    expect(initialsBefore({ lastName: 'Кондрашова', firstName: 'Нина', middleName: 'Васильевна' }, 'dative')).toBe('Н.В. Кондрашовой');
  });

  it('handles a missing patronymic and a hyphenated first name', () => {
    expect(initialsBefore({ lastName: 'Иванова', firstName: 'Мария' })).toBe('М. Иванова');
    expect(initialsBefore({ lastName: 'Ковальчук', firstName: 'Анна-Мария' })).toBe('А.-М. Ковальчук');
  });
});
