import { describe, expect, it } from 'vitest';
import { declineFullName, declineParts, fitsName } from './decline';
import type { GrammaticalCase, PersonName } from './types';

const petrov: PersonName = { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич' };
const ivanova: PersonName = { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' };

function allCases(p: PersonName): string[] {
  const cases: GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
  return cases.map((c) => declineFullName(p, c));
}

describe('declineFullName: regular names', () => {
  it('declines a man in all six cases', () => {
    expect(allCases(petrov)).toEqual([
      'Петров Иван Сергеевич',
      'Петрова Ивана Сергеевича',
      'Петрову Ивану Сергеевичу',
      'Петрова Ивана Сергеевича',
      'Петровым Иваном Сергеевичем',
      'Петрове Иване Сергеевиче',
    ]);
  });

  it('declines a woman in all six cases', () => {
    expect(allCases(ivanova)).toEqual([
      'Иванова Мария Петровна',
      'Ивановой Марии Петровны',
      'Ивановой Марии Петровне',
      'Иванову Марию Петровну',
      'Ивановой Марией Петровной',
      'Ивановой Марии Петровне',
    ]);
  });

  it('words a pair order: «закрепить [acc.] за [instr.]»', () => {
    expect(`закрепить ${declineFullName(petrov, 'accusative')} за ${declineFullName(ivanova, 'instrumental')}`).toBe(
      'закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной',
    );
  });
});

describe('declineFullName: surnames that do not change', () => {
  it.each([
    [{ lastName: 'Шевченко', firstName: 'Тарас', middleName: 'Григорьевич' }, 'Шевченко Тараса Григорьевича'],
    [{ lastName: 'Шевченко', firstName: 'Анна', middleName: 'Ивановна' }, 'Шевченко Анны Ивановны'],
    [{ lastName: 'Дурново', firstName: 'Пётр', middleName: 'Николаевич' }, 'Дурново Петра Николаевича'],
    [{ lastName: 'Черных', firstName: 'Павел', middleName: 'Андреевич' }, 'Черных Павла Андреевича'],
    [{ lastName: 'Седых', firstName: 'Ольга', middleName: 'Ивановна' }, 'Седых Ольги Ивановны'],
    [{ lastName: 'Гюго', firstName: 'Виктор' }, 'Гюго Виктора'],
    [{ lastName: 'Гелашвили', firstName: 'Нино', middleName: 'Георгиевна' }, 'Гелашвили Нино Георгиевны'],
    [{ lastName: 'Данелия', firstName: 'Георгий', middleName: 'Николаевич' }, 'Данелия Георгия Николаевича'],
    [{ lastName: 'Шенгелия', firstName: 'Тамара', middleName: 'Отаровна' }, 'Шенгелия Тамары Отаровны'],
    [{ lastName: 'Гамсахурдиа', firstName: 'Звиад' }, 'Гамсахурдиа Звиада'],
    [{ lastName: 'Кох', firstName: 'Мария', middleName: 'Петровна' }, 'Кох Марии Петровны'],
  ])('%j → %s (genitive)', (p, expected) => {
    expect(declineFullName(p, 'genitive')).toBe(expected);
  });

  it('keeps Georgian -ия surnames unchanged in every case', () => {
    const p = { lastName: 'Берия', firstName: 'Нина', middleName: 'Теймуразовна' };
    expect(declineFullName(p, 'accusative')).toBe('Берия Нину Теймуразовну');
    expect(declineFullName(p, 'instrumental')).toBe('Берия Ниной Теймуразовной');
  });

  it('declines a man with a consonant surname but not a woman', () => {
    expect(declineFullName({ lastName: 'Кох', firstName: 'Роберт', middleName: 'Иванович' }, 'genitive')).toBe('Коха Роберта Ивановича');
    expect(declineFullName({ lastName: 'Кох', firstName: 'Мария', middleName: 'Петровна' }, 'instrumental')).toBe('Кох Марией Петровной');
  });
});

describe('declineFullName: surnames that change', () => {
  it('declines both parts of a double-barrelled surname', () => {
    const m = { lastName: 'Римский-Корсаков', firstName: 'Николай', middleName: 'Андреевич' };
    expect(declineFullName(m, 'genitive')).toBe('Римского-Корсакова Николая Андреевича');
    expect(declineFullName(m, 'instrumental')).toBe('Римским-Корсаковым Николаем Андреевичем');
    const f = { lastName: 'Римская-Корсакова', firstName: 'Надежда', middleName: 'Николаевна' };
    expect(declineFullName(f, 'accusative')).toBe('Римскую-Корсакову Надежду Николаевну');
  });

  it('declines adjectival surnames', () => {
    expect(declineFullName({ lastName: 'Толстой', firstName: 'Лев', middleName: 'Николаевич' }, 'genitive')).toBe('Толстого Льва Николаевича');
    expect(declineFullName({ lastName: 'Толстой', firstName: 'Лев', middleName: 'Николаевич' }, 'instrumental')).toBe('Толстым Львом Николаевичем');
    expect(declineFullName({ lastName: 'Достоевский', firstName: 'Фёдор', middleName: 'Михайлович' }, 'dative')).toBe('Достоевскому Фёдору Михайловичу');
    expect(declineFullName({ lastName: 'Заболоцкая', firstName: 'Любовь', middleName: 'Кузьминична' }, 'genitive')).toBe('Заболоцкой Любови Кузьминичны');
    expect(declineFullName({ lastName: 'Заболоцкая', firstName: 'Любовь', middleName: 'Кузьминична' }, 'accusative')).toBe('Заболоцкую Любовь Кузьминичну');
    expect(declineFullName({ lastName: 'Заболоцкая', firstName: 'Любовь', middleName: 'Кузьминична' }, 'instrumental')).toBe('Заболоцкой Любовью Кузьминичной');
  });

  it('keeps «ё» as typed where the form keeps it', () => {
    expect(declineFullName({ lastName: 'Королёв', firstName: 'Сергей', middleName: 'Павлович' }, 'genitive')).toBe('Королёва Сергея Павловича');
    expect(declineFullName({ lastName: 'Королёва', firstName: 'Алёна', middleName: 'Семёновна' }, 'dative')).toBe('Королёвой Алёне Семёновне');
  });
});

describe('declineParts: first names', () => {
  const first = (firstName: string, c: GrammaticalCase, middleName?: string) =>
    declineParts({ lastName: 'Сидоров', firstName, middleName }, c).firstName;

  it('drops the fleeting vowel', () => {
    expect(first('Лев', 'genitive')).toBe('Льва');
    expect(first('Павел', 'genitive')).toBe('Павла');
    expect(first('Пётр', 'genitive')).toBe('Петра');
    expect(first('Петр', 'genitive')).toBe('Петра');
    expect(first('Фёдор', 'genitive')).toBe('Фёдора');
  });

  it('declines Илья with a stressed ending', () => {
    expect(first('Илья', 'genitive')).toBe('Ильи');
    expect(first('Илья', 'dative')).toBe('Илье');
    expect(first('Илья', 'accusative')).toBe('Илью');
    expect(first('Илья', 'instrumental')).toBe('Ильёй');
    expect(first('Илья', 'prepositional')).toBe('Илье');
  });

  it('declines female names in -ия and -ь', () => {
    const female = (firstName: string, c: GrammaticalCase) =>
      declineParts({ lastName: 'Смирнова', firstName, middleName: 'Ивановна' }, c).firstName;
    expect(female('Наталия', 'genitive')).toBe('Наталии');
    expect(female('Наталия', 'dative')).toBe('Наталии');
    expect(female('Наталия', 'instrumental')).toBe('Наталией');
    expect(female('Любовь', 'genitive')).toBe('Любови');
    expect(female('Любовь', 'dative')).toBe('Любови');
    expect(female('Айгуль', 'genitive')).toBe('Айгули');
    expect(female('Айгуль', 'accusative')).toBe('Айгуль');
    expect(female('Айгуль', 'instrumental')).toBe('Айгулью');
    expect(female('Гузель', 'prepositional')).toBe('Гузели');
  });

  it('declines hyphenated first names part by part', () => {
    expect(declineParts({ lastName: 'Ковальчук', firstName: 'Анна-Мария', middleName: 'Сергеевна' }, 'genitive')).toEqual({
      lastName: 'Ковальчук',
      firstName: 'Анны-Марии',
      middleName: 'Сергеевны',
    });
  });
});

describe('declineParts: patronymics', () => {
  it('declines -ич patronymics with a stressed ending', () => {
    const p = { lastName: 'Муромцев', firstName: 'Илья', middleName: 'Кузьмич' };
    expect(declineFullName(p, 'genitive')).toBe('Муромцева Ильи Кузьмича');
    expect(declineFullName(p, 'instrumental')).toBe('Муромцевым Ильёй Кузьмичом');
  });

  it('declines the father’s name of a Turkic patronymic and keeps «оглы»/«кызы»', () => {
    const m = { lastName: 'Мамедов', firstName: 'Али', middleName: 'Гусейн оглы' };
    expect(declineFullName(m, 'nominative')).toBe('Мамедов Али Гусейн оглы');
    expect(declineFullName(m, 'genitive')).toBe('Мамедова Али Гусейна оглы');
    expect(declineFullName(m, 'instrumental')).toBe('Мамедовым Али Гусейном оглы');
    const f = { lastName: 'Алиева', firstName: 'Лейла', middleName: 'Гейдар кызы' };
    expect(declineFullName(f, 'genitive')).toBe('Алиевой Лейлы Гейдара кызы');
    expect(declineFullName(f, 'dative')).toBe('Алиевой Лейле Гейдару кызы');
  });

  it('returns null for a missing patronymic', () => {
    expect(declineParts({ lastName: 'Кох', firstName: 'Роберт', middleName: '  ' }, 'dative')).toEqual({
      lastName: 'Коху',
      firstName: 'Роберту',
      middleName: null,
    });
    expect(declineFullName({ lastName: 'Кох', firstName: 'Роберт' }, 'dative')).toBe('Коху Роберту');
  });
});

describe('declineParts: overrides and input normalisation', () => {
  it('follows an explicit gender override', () => {
    expect(declineFullName({ lastName: 'Кох', firstName: 'Саша', gender: 'female' }, 'genitive')).toBe('Кох Саши');
    expect(declineFullName({ lastName: 'Кох', firstName: 'Саша', gender: 'male' }, 'genitive')).toBe('Коха Саши');
  });

  it('trims and collapses spaces, keeps lowercase as typed', () => {
    expect(declineFullName({ lastName: '  петров ', firstName: ' иван', middleName: 'сергеевич  ' }, 'genitive')).toBe(
      'петрова ивана сергеевича',
    );
    expect(declineFullName({ lastName: 'Римский - Корсаков', firstName: 'Николай\u00a0', middleName: null }, 'dative')).toBe(
      'Римскому-Корсакову Николаю',
    );
  });

  it('keeps capitals as typed', () => {
    expect(declineFullName({ lastName: 'ПЕТРОВ', firstName: 'ПЁТР', middleName: 'ИВАНОВИЧ' }, 'genitive')).toBe('ПЕТРОВА ПЕТРА ИВАНОВИЧА');
  });
});

describe('name corrections', () => {
  const mamedov = { lastName: 'Мамедов', firstName: 'Тимур', middleName: 'Рашид оглы' };

  it('declines the father’s name of a Turkic patronymic unless the person keeps it', () => {
    expect(declineFullName(mamedov, 'genitive')).toBe('Мамедова Тимура Рашида оглы');
    expect(declineFullName({ ...mamedov, keepFatherName: true }, 'genitive')).toBe('Мамедова Тимура Рашид оглы');
    expect(declineFullName({ ...mamedov, keepFatherName: true }, 'dative')).toBe('Мамедову Тимуру Рашид оглы');
  });

  it('uses a hand-typed form in its case, split into parts by word count', () => {
    const typed = { lastName: 'Дурново', firstName: 'Любовь', middleName: 'Андреевна', forms: { dative: 'Дурново Любови  Андреевне', genitive: '' } };
    expect(declineFullName(typed, 'dative')).toBe('Дурново Любови Андреевне');
    expect(declineParts(typed, 'dative')).toEqual({ lastName: 'Дурново', firstName: 'Любови', middleName: 'Андреевне' });
    expect(declineFullName(typed, 'genitive')).toBe('Дурново Любови Андреевны');
    expect(declineFullName({ ...mamedov, forms: { instrumental: 'Мамедовым Тимуром Рашид оглы' } }, 'instrumental')).toBe('Мамедовым Тимуром Рашид оглы');
  });

  it('ignores a form whose words do not match the name', () => {
    expect(fitsName(mamedov, 'Мамедову Тимуру')).toBe(false);
    expect(fitsName(mamedov, 'Мамедову Тимуру Рашиду оглы')).toBe(true);
    expect(declineFullName({ ...mamedov, forms: { dative: 'Мамедову Тимуру' } }, 'dative')).toBe('Мамедову Тимуру Рашиду оглы');
  });
});
