/**
 * Обучающиеся МБОУ «СОШ № 1» г. Бийска для демонстрационного наполнения модели «ученик»:
 * классы 5А, 7Б, 9А, 10А по шесть человек, у каждого — законный представитель с документом,
 * подтверждающим полномочия; два внешних наставника. Лица вымышленные.
 *
 * Трудные для склонения случаи: тюркские отчества с «оглы»/«кызы» (Мамедов Тимур Рашид оглы),
 * несклоняемые фамилии (Кузьмич и Шевчук у девочек, Белых, Черных, Седых, Дюма, Кох, Дурново),
 * имена Илья, Лев, Любовь (Любови), отчества Ильич, Львовна, Ильинична, буква «ё».
 */
import type { GuardianRelation } from '@/lib/domain/students/vocabulary';
import type { SeedIsoDate, SeedPersonName } from './types';

export interface SeedGuardian extends SeedPersonName {
  relation: GuardianRelation;
  authorityDocument: string;
}

export interface SeedPupil extends SeedPersonName {
  birthDate: SeedIsoDate;
  grade: number;
  classLetter: string;
  guardian: SeedGuardian;
}

const m = 'male' as const;
const f = 'female' as const;

/** The birth certificate a parent shows: issued a few weeks after the birth. */
function certificate(birthDate: string, number: number): string {
  const [y, mo] = birthDate.split('-');
  const month = String((Number(mo) % 12) + 1).padStart(2, '0');
  const year = Number(mo) === 12 ? Number(y) + 1 : Number(y);
  return `свидетельство о рождении III-ТО № ${number} от 10.${month}.${year}`;
}

type Row = [lastName: string, firstName: string, middleName: string, gender: 'male' | 'female', birthDate: string, guardian: [string, string, string, 'male' | 'female', GuardianRelation, string?]];

const CLASSES: { grade: number; letter: string; rows: Row[] }[] = [
  {
    grade: 5,
    letter: 'А',
    rows: [
      ['Мамедов', 'Тимур', 'Рашид оглы', m, '2015-03-14', ['Мамедова', 'Лейла', 'Ахмедовна', f, 'mother']],
      ['Белых', 'Любовь', 'Ивановна', f, '2015-05-20', ['Белых', 'Иван', 'Петрович', m, 'father']],
      ['Шевчук', 'Илья', 'Романович', m, '2015-01-09', ['Шевчук', 'Роман', 'Ильич', m, 'father']],
      ['Ёлкина', 'Алёна', 'Сергеевна', f, '2015-10-30', ['Ёлкина', 'Наталья', 'Юрьевна', f, 'mother']],
      ['Кузьмич', 'Фёдор', 'Олегович', m, '2015-02-17', ['Кузьмич', 'Ольга', 'Николаевна', f, 'mother']],
      ['Ким', 'Александра', 'Вадимовна', f, '2015-08-08', ['Ким', 'Вадим', 'Борисович', m, 'father']],
    ],
  },
  {
    grade: 7,
    letter: 'Б',
    rows: [
      ['Дюма', 'Лев', 'Андреевич', m, '2013-04-11', ['Дюма', 'Андрей', 'Петрович', m, 'father']],
      ['Черных', 'Анна', 'Павловна', f, '2013-06-25', ['Черных', 'Павел', 'Сергеевич', m, 'father']],
      ['Гусейнова', 'Айгюль', 'Эльдар кызы', f, '2013-09-03', ['Гусейнов', 'Эльдар', 'Рамиз оглы', m, 'father']],
      ['Никитин', 'Никита', 'Ильич', m, '2013-12-01', ['Никитина', 'Марина', 'Львовна', f, 'mother']],
      ['Кох', 'Ирина', 'Михайловна', f, '2013-02-14', ['Кох', 'Михаил', 'Давыдович', m, 'father']],
      [
        'Соловей',
        'Павел',
        'Игоревич',
        m,
        '2013-07-19',
        ['Соловей', 'Галина', 'Петровна', f, 'guardian', 'постановление администрации города Бийска от 12.03.2021 № 512 «Об установлении опеки»'],
      ],
    ],
  },
  {
    grade: 9,
    letter: 'А',
    rows: [
      ['Кузьмич', 'Илья', 'Андреевич', m, '2011-03-23', ['Кузьмич', 'Андрей', 'Ильич', m, 'father']],
      ['Шевчук', 'Любовь', 'Олеговна', f, '2011-11-11', ['Шевчук', 'Оксана', 'Витальевна', f, 'mother']],
      ['Белых', 'Артём', 'Романович', m, '2011-05-05', ['Белых', 'Татьяна', 'Андреевна', f, 'mother']],
      ['Дурново', 'Мария', 'Петровна', f, '2011-08-16', ['Дурново', 'Пётр', 'Сергеевич', m, 'father']],
      ['Алиев', 'Тимур', 'Ильхам оглы', m, '2011-01-30', ['Алиева', 'Севда', 'Рашидовна', f, 'mother']],
      ['Львова', 'Ольга', 'Ильинична', f, '2011-09-27', ['Львов', 'Илья', 'Михайлович', m, 'father']],
    ],
  },
  {
    grade: 10,
    letter: 'А',
    rows: [
      ['Мамедова', 'Лейла', 'Рашид кызы', f, '2010-04-04', ['Мамедов', 'Рашид', 'Ильхам оглы', m, 'father']],
      ['Гончаренко', 'Юрий', 'Яковлевич', m, '2010-02-02', ['Гончаренко', 'Яков', 'Юрьевич', m, 'father']],
      ['Седых', 'Вероника', 'Андреевна', f, '2010-06-30', ['Седых', 'Андрей', 'Валерьевич', m, 'father']],
      ['Дюма', 'Софья', 'Львовна', f, '2010-10-12', ['Дюма', 'Лев', 'Аркадьевич', m, 'father']],
      ['Зайцев', 'Пётр', 'Ильич', m, '2010-03-15', ['Зайцева', 'Любовь', 'Ивановна', f, 'mother']],
      [
        'Ковальчук',
        'Дарья',
        'Игоревна',
        f,
        '2010-12-20',
        ['Ковальчук', 'Нина', 'Степановна', f, 'trustee', 'постановление администрации города Бийска от 05.02.2025 № 233 «О назначении попечителя»'],
      ],
    ],
  },
];

export const demoPupils: SeedPupil[] = CLASSES.flatMap((c, ci) =>
  c.rows.map(([lastName, firstName, middleName, gender, birthDate, [gLast, gFirst, gMiddle, gGender, relation, document]], i) => ({
    lastName,
    firstName,
    middleName,
    gender,
    birthDate,
    grade: c.grade,
    classLetter: c.letter,
    guardian: {
      lastName: gLast,
      firstName: gFirst,
      middleName: gMiddle,
      gender: gGender,
      relation,
      authorityDocument: document ?? certificate(birthDate, 512_300 + ci * 10 + i),
    },
  })),
);

export const demoExternalMentors = [
  {
    lastName: 'Белоусов',
    firstName: 'Денис',
    middleName: 'Андреевич',
    gender: m,
    kind: 'student' as const,
    employer: 'КГБПОУ «Бийский промышленно-технологический колледж»',
    position: 'студент 3 курса, специальность 09.02.07 «Информационные системы и программирование»',
  },
  {
    lastName: 'Шевченко',
    firstName: 'Игорь',
    middleName: 'Васильевич',
    gender: m,
    kind: 'employer' as const,
    employer: 'АО «Бийский котельный завод»',
    position: 'инженер-технолог',
  },
];
