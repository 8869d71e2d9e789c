import { describe, expect, it } from 'vitest';
import * as russian from '@/lib/core/russian';

// The public entry point other modules import: the examples from the shared API contract.
describe('@/lib/russian', () => {
  const petrov = { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' };

  it('exposes the agreed API', () => {
    expect(russian.detectGender(petrov)).toBe('male');
    expect(russian.declineFullName(petrov, 'genitive')).toBe('Петрова Ивана Сергеевича');
    expect(russian.declineParts(petrov, 'dative')).toEqual({ lastName: 'Петрову', firstName: 'Ивану', middleName: 'Сергеевичу' });
    expect(russian.initialsAfter({ lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' })).toBe('Иванова М.П.');
    expect(russian.initialsBefore({ lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' })).toBe('М.П. Иванова');
    expect(russian.formatDate('2019-11-05')).toBe('05.11.2019');
    expect(russian.formatDateLong('2019-11-05')).toBe('5 ноября 2019 г.');
    expect(russian.plural(5, ['пара', 'пары', 'пар'])).toBe('пар');
    expect(russian.quote('СОШ № 1')).toBe('«СОШ № 1»');
  });
});
