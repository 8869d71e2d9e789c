import { describe, expect, it } from 'vitest';
import { detectGender } from './gender';

describe('detectGender', () => {
  it('an explicit override wins over everything', () => {
    expect(detectGender({ lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', gender: 'female' })).toBe('female');
    expect(detectGender({ lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', gender: 'male' })).toBe('male');
  });

  it.each([
    ['Сергеевич', 'male'],
    ['Кузьмич', 'male'],
    ['Ильич', 'male'],
    ['Петровна', 'female'],
    ['Никитична', 'female'],
    ['Кузьминична', 'female'],
    ['Ильинишна', 'female'],
  ] as const)('the patronymic %s means %s, whatever the names say', (middleName, gender) => {
    expect(detectGender({ lastName: 'Шевченко', firstName: 'Саша', middleName })).toBe(gender);
  });

  it('reads Turkic two-word patronymics', () => {
    expect(detectGender({ lastName: 'Мамедов', firstName: 'Али', middleName: 'Гусейн оглы' })).toBe('male');
    expect(detectGender({ lastName: 'Алиева', firstName: 'Лейла', middleName: 'Гейдар кызы' })).toBe('female');
    expect(detectGender({ lastName: 'Гасанов', firstName: 'Эльдар', middleName: 'Рауф  ОГЛЫ ' })).toBe('male');
  });

  it('falls back to the first name when there is no patronymic', () => {
    expect(detectGender({ lastName: 'Кох', firstName: 'Мария' })).toBe('female');
    expect(detectGender({ lastName: 'Кох', firstName: 'Роберт', middleName: null })).toBe('male');
    expect(detectGender({ lastName: 'Черных', firstName: 'Илья' })).toBe('male');
  });

  it('knows the first names lvovich gets wrong or cannot tell', () => {
    expect(detectGender({ lastName: 'Заболоцкая', firstName: 'Любовь' })).toBe('female');
    expect(detectGender({ lastName: 'Гелашвили', firstName: 'Нино' })).toBe('female');
    expect(detectGender({ lastName: 'Ким', firstName: 'Лейла' })).toBe('female');
    expect(detectGender({ lastName: 'Ким', firstName: 'Гузель' })).toBe('female');
  });

  it('uses the surname when the first name is of either gender', () => {
    expect(detectGender({ lastName: 'Иванова', firstName: 'Саша' })).toBe('female');
    expect(detectGender({ lastName: 'Иванов', firstName: 'Саша' })).toBe('male');
  });

  it('is not confused by case and spacing', () => {
    expect(detectGender({ lastName: ' иванова ', firstName: 'мария', middleName: '  петровна ' })).toBe('female');
  });
});
