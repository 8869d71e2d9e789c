/**
 * Работники МБОУ «СОШ № 1» г. Бийска для демонстрационного наполнения.
 * Лица вымышленные. «Сегодня» демо-данных — 25.11.2026: молодой специалист —
 * педагогический стаж меньше 3 лет на эту дату (начало после 25.11.2023).
 *
 * Фамилии и имена подобраны с трудными для склонения случаями: несклоняемые
 * (Шевченко, Черных, Седых, Дурново, Гогоберидзе, Ковальчук и Кох у женщин),
 * двойная (Римская-Корсакова), тюркские отчества с «оглы»/«кызы», буква «ё»
 * (Королёв, Журавлёв, Ёлкина, Алёна, Фёдор, Пётр), имена Илья, Никита, Любовь, Лев,
 * отчества Ильинична, Львовна.
 *
 * Одна строка — один человек.
 */
import type { SeedPerson } from './types';

const PRIMARY = ['Русский язык', 'Литературное чтение', 'Математика', 'Окружающий мир'];

export const demoStaff: SeedPerson[] = [
  // ── Руководство ─────────────────────────────────────────────────────────────
  { lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна', gender: 'female', position: 'директор', subjects: ['Математика'], pedagogicalStart: '1990-08-15', birthDate: '1968-03-05', email: 'kireeva.oa@school1.biysk.example' },

  // ── Опытные педагоги (стаж 10–35 лет), потенциальные наставники: 18 ─────────
  { lastName: 'Воронцова', firstName: 'Ирина', middleName: 'Николаевна', gender: 'female', position: 'заместитель директора по учебно-воспитательной работе', subjects: ['Русский язык', 'Литература'], pedagogicalStart: '1997-09-01', birthDate: '1975-11-21', email: 'vorontsova.in@school1.biysk.example', role: 'curator' },
  { lastName: 'Дурново', firstName: 'Лев', middleName: 'Андреевич', gender: 'male', position: 'учитель истории и обществознания', subjects: ['История', 'Обществознание'], pedagogicalStart: '1993-09-01', birthDate: '1970-06-15', email: 'durnovo.la@school1.biysk.example', role: 'teacher' },
  { lastName: 'Журавлёв', firstName: 'Пётр', middleName: 'Николаевич', gender: 'male', position: 'учитель физики', subjects: ['Физика'], pedagogicalStart: '1992-09-01', birthDate: '1969-01-28', email: 'zhuravlev.pn@school1.biysk.example' },
  { lastName: 'Сидоренко', firstName: 'Татьяна', middleName: 'Львовна', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '1993-08-30', birthDate: '1972-05-09', email: 'sidorenko.tl@school1.biysk.example' },
  { lastName: 'Кравченко', firstName: 'Елена', middleName: 'Петровна', gender: 'female', position: 'учитель математики', subjects: ['Математика'], pedagogicalStart: '1996-09-01', birthDate: '1974-02-11', email: 'kravchenko.ep@school1.biysk.example', role: 'teacher' },
  { lastName: 'Морозова', firstName: 'Светлана', middleName: 'Геннадьевна', gender: 'female', position: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'], pedagogicalStart: '2001-09-01', birthDate: '1979-08-24', email: 'morozova.sg@school1.biysk.example', role: 'teacher' },
  { lastName: 'Белоусова', firstName: 'Марина', middleName: 'Александровна', gender: 'female', position: 'учитель английского языка', subjects: ['Английский язык'], pedagogicalStart: '2004-09-01', birthDate: '1982-04-03', email: 'belousova.ma@school1.biysk.example' },
  { lastName: 'Кузнецова', firstName: 'Наталья', middleName: 'Владимировна', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '2000-09-01', birthDate: '1978-12-17', email: 'kuznetsova.nv@school1.biysk.example' },
  { lastName: 'Гребенщикова', firstName: 'Людмила', middleName: 'Юрьевна', gender: 'female', position: 'учитель химии и биологии', subjects: ['Химия', 'Биология'], pedagogicalStart: '1994-08-29', birthDate: '1969-10-30', email: 'grebenshchikova.liu@school1.biysk.example' },
  { lastName: 'Тарасов', firstName: 'Виктор', middleName: 'Иванович', gender: 'male', position: 'учитель физической культуры', subjects: ['Физическая культура'], pedagogicalStart: '1998-09-01', birthDate: '1976-07-19', email: 'tarasov.vi@school1.biysk.example' },
  { lastName: 'Панова', firstName: 'Оксана', middleName: 'Владимировна', gender: 'female', position: 'педагог-психолог', subjects: [], pedagogicalStart: '2007-09-01', birthDate: '1984-09-14', email: 'panova.ov@school1.biysk.example' },
  { lastName: 'Лысенко', firstName: 'Галина', middleName: 'Михайловна', gender: 'female', position: 'учитель географии', subjects: ['География'], pedagogicalStart: '1992-09-01', birthDate: '1967-03-22', email: 'lysenko.gm@school1.biysk.example' },
  { lastName: 'Шишкина', firstName: 'Юлия', middleName: 'Сергеевна', gender: 'female', position: 'учитель информатики', subjects: ['Информатика'], pedagogicalStart: '2009-09-01', birthDate: '1986-01-07', email: 'shishkina.ius@school1.biysk.example' },
  { lastName: 'Волкова', firstName: 'Анастасия', middleName: 'Игоревна', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '2012-09-01', birthDate: '1990-05-26', email: 'volkova.ai@school1.biysk.example' },
  { lastName: 'Рябова', firstName: 'Евгения', middleName: 'Викторовна', gender: 'female', position: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'], pedagogicalStart: '2010-09-01', birthDate: '1988-11-02', email: 'riabova.ev@school1.biysk.example' },
  { lastName: 'Нестеренко', firstName: 'Алексей', middleName: 'Михайлович', gender: 'male', position: 'учитель труда (технологии)', subjects: ['Труд (технология)'], pedagogicalStart: '2001-09-01', birthDate: '1973-06-08', email: 'nesterenko.am@school1.biysk.example' },
  { lastName: 'Литвинова', firstName: 'Ирина', middleName: 'Фёдоровна', gender: 'female', position: 'учитель изобразительного искусства', subjects: ['Изобразительное искусство'], pedagogicalStart: '1995-09-01', birthDate: '1971-12-12', email: 'litvinova.if@school1.biysk.example' },
  { lastName: 'Смирнова', firstName: 'Елена', middleName: 'Анатольевна', gender: 'female', position: 'учитель математики', subjects: ['Математика', 'Вероятность и статистика'], pedagogicalStart: '2016-09-01', birthDate: '1993-04-16', email: 'smirnova.ea@school1.biysk.example' },

  // ── Педагоги со стажем 3–10 лет: 3 ──────────────────────────────────────────
  { lastName: 'Орлова', firstName: 'Дарья', middleName: 'Сергеевна', gender: 'female', position: 'учитель английского языка', subjects: ['Английский язык'], pedagogicalStart: '2018-09-01', birthDate: '1995-10-09', email: 'orlova.ds@school1.biysk.example' },
  { lastName: 'Тимофеев', firstName: 'Денис', middleName: 'Олегович', gender: 'male', position: 'преподаватель-организатор основ безопасности и защиты Родины', subjects: ['Основы безопасности и защиты Родины'], pedagogicalStart: '2020-09-01', birthDate: '1992-02-29', email: 'timofeev.do@school1.biysk.example' },
  // Граница: стаж 3 года исполнился 01.09.2026 — уже не молодой специалист.
  { lastName: 'Мельникова', firstName: 'Валерия', middleName: 'Андреевна', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '2023-09-01', birthDate: '2000-04-14', email: 'melnikova.va@school1.biysk.example' },

  // ── Молодые специалисты (стаж < 3 лет на 25.11.2026): 12 ────────────────────
  { lastName: 'Седых', firstName: 'Илья', middleName: 'Андреевич', gender: 'male', position: 'учитель физической культуры', subjects: ['Физическая культура'], pedagogicalStart: '2024-09-01', birthDate: '2002-03-14', email: 'sedykh.ia@school1.biysk.example', role: 'teacher' },
  { lastName: 'Солнцева', firstName: 'Алёна', middleName: 'Игоревна', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '2025-09-01', birthDate: '2003-07-22', email: 'solntseva.ai@school1.biysk.example', role: 'teacher' },
  { lastName: 'Алиева', firstName: 'Лейла', middleName: 'Рашид кызы', gender: 'female', position: 'учитель английского языка', subjects: ['Английский язык'], pedagogicalStart: '2024-08-26', birthDate: '2001-11-05', email: 'alieva.lr@school1.biysk.example' },
  // Граница: стаж 2 года 11 месяцев — ещё молодой специалист.
  { lastName: 'Кох', firstName: 'Елена', middleName: 'Викторовна', gender: 'female', position: 'учитель информатики', subjects: ['Информатика'], pedagogicalStart: '2023-12-04', birthDate: '2000-02-18', email: 'kokh.ev@school1.biysk.example' },
  { lastName: 'Королёв', firstName: 'Фёдор', middleName: 'Семёнович', gender: 'male', position: 'учитель истории и обществознания', subjects: ['История', 'Обществознание'], pedagogicalStart: '2025-09-01', birthDate: '2001-05-30', email: 'korolev.fs@school1.biysk.example' },
  { lastName: 'Ковальчук', firstName: 'Дарья', middleName: 'Олеговна', gender: 'female', position: 'учитель русского языка и литературы', subjects: ['Русский язык', 'Литература'], pedagogicalStart: '2024-09-01', birthDate: '2002-09-09', email: 'kovalchuk.do@school1.biysk.example' },
  { lastName: 'Гогоберидзе', firstName: 'Тамара', middleName: 'Давидовна', gender: 'female', position: 'учитель математики', subjects: ['Математика'], pedagogicalStart: '2025-08-25', birthDate: '2001-01-12', email: 'gogoberidze.td@school1.biysk.example' },
  { lastName: 'Римская-Корсакова', firstName: 'Анна', middleName: 'Сергеевна', gender: 'female', position: 'учитель музыки', subjects: ['Музыка'], pedagogicalStart: '2026-09-01', birthDate: '2003-04-02' },
  { lastName: 'Ёлкина', firstName: 'Виктория', middleName: 'Павловна', gender: 'female', position: 'учитель биологии', subjects: ['Биология'], pedagogicalStart: '2026-09-01', birthDate: '2004-01-20' },
  { lastName: 'Зайцев', firstName: 'Никита', middleName: 'Алексеевич', gender: 'male', position: 'учитель географии', subjects: ['География'], pedagogicalStart: '2024-01-09', birthDate: '1999-10-10', email: 'zaitsev.na@school1.biysk.example' },
  { lastName: 'Ильина', firstName: 'Ксения', middleName: 'Ильинична', gender: 'female', position: 'учитель начальных классов', subjects: [...PRIMARY], pedagogicalStart: '2025-01-13', birthDate: '2000-06-06', email: 'ilina.ki@school1.biysk.example' },
  { lastName: 'Бондаренко', firstName: 'Полина', middleName: 'Андреевна', gender: 'female', position: 'учитель-логопед', subjects: [], pedagogicalStart: '2025-09-01', birthDate: '2002-12-25' },

  // ── Новые в должности или вернувшиеся в профессию: 6 ────────────────────────
  { lastName: 'Черных', firstName: 'Наталья', middleName: 'Петровна', gender: 'female', position: 'учитель химии и биологии', subjects: ['Химия', 'Биология'], pedagogicalStart: '2006-09-01', birthDate: '1983-04-17', returnedAt: '2025-09-01', email: 'chernykh.np@school1.biysk.example' },
  { lastName: 'Петренко', firstName: 'Любовь', middleName: 'Ивановна', gender: 'female', position: 'учитель математики', subjects: ['Математика'], pedagogicalStart: '2001-09-01', birthDate: '1978-10-03', returnedAt: '2026-01-12' },
  { lastName: 'Шевченко', firstName: 'Андрей', middleName: 'Викторович', gender: 'male', position: 'заместитель директора по воспитательной работе', subjects: ['Физика'], pedagogicalStart: '2011-08-29', birthDate: '1988-02-03', positionStart: '2026-09-01', email: 'shevchenko.av@school1.biysk.example' },
  { lastName: 'Мамедов', firstName: 'Али', middleName: 'Гусейн оглы', gender: 'male', position: 'учитель физической культуры', subjects: ['Физическая культура'], pedagogicalStart: '2019-09-01', birthDate: '1994-08-12', positionStart: '2025-09-01', email: 'mamedov.ag@school1.biysk.example' },
  { lastName: 'Лебедева', firstName: 'Ксения', middleName: 'Андреевна', gender: 'female', position: 'советник директора по воспитанию и взаимодействию с детскими общественными объединениями', subjects: [], pedagogicalStart: '2018-09-01', birthDate: '1996-03-27', positionStart: '2024-09-01', email: 'lebedeva.ka@school1.biysk.example' },
  { lastName: 'Фомина', firstName: 'Ольга', middleName: 'Викторовна', gender: 'female', position: 'социальный педагог', subjects: [], pedagogicalStart: '2009-09-01', birthDate: '1987-07-01', positionStart: '2025-09-01', email: 'fomina.ov@school1.biysk.example' },
];
