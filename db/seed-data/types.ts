/**
 * Типы данных демонстрационного наполнения (seed).
 * Чистые данные: без обращения к БД, без внешних импортов.
 */

export type SeedGender = 'male' | 'female';

/** Дата в формате ISO 'YYYY-MM-DD'. */
export type SeedIsoDate = string;

/** Ф.И.О. полностью, в именительном падеже, с буквой «ё» там, где она есть. */
export interface SeedPersonName {
  /** Фамилия: 'Киреева', 'Римская-Корсакова'. */
  lastName: string;
  /** Имя: 'Ольга', 'Фёдор'. */
  firstName: string;
  /**
   * Отчество; у тюркских — вместе с «оглы»/«кызы», как пишут в документах:
   * 'Гусейн оглы', 'Рашид кызы'.
   */
  middleName: string;
  /** Пол задан всегда: по нему склоняются несклоняемые на вид фамилии (Кох, Черных). */
  gender: SeedGender;
}

/** Образовательная организация муниципалитета. */
export interface SeedSchool {
  /** Краткое наименование так, как его пишет документ: 'МБОУ «СОШ № 1»'. */
  shortName: string;
  /** Полное наименование: 'Муниципальное бюджетное общеобразовательное учреждение «…»'. */
  fullName: string;
  /** Должность руководителя: 'Директор', 'Заведующий'. */
  headPosition: string;
  head: SeedPersonName;
  /** 'г. Бийск'. */
  city: string;
}

/** Муниципальный орган управления образованием (ОМСУ) — муниципальный координатор. */
export interface SeedDistrict {
  fullName: string;
  shortName: string;
  /** Должность руководителя так, как её пишет подпись приказа: 'И.о. начальника'. */
  headPosition: string;
  head: SeedPersonName;
  /** Заместитель, на которого возложен контроль исполнения приказа. */
  deputyPosition?: string;
  deputy?: SeedPersonName;
  /** Подразделение — муниципальный координатор: 'информационно-методический центр'. */
  coordinatorUnit?: string;
  coordinator: SeedPersonName;
  /** Суффикс номера приказа (например, '-од'); '' — без суффикса. */
  orderSuffix: string;
  city: string;
}

/** Региональный оператор (организация, при которой действует ЦНППМ). */
export interface SeedRegion {
  /** Субъект РФ: 'Алтайский край'. */
  regionName: string;
  fullName: string;
  shortName: string;
  /** Наименование ЦНППМ так, как его пишет положение. */
  cnppmName?: string;
  headPosition: string;
  head: SeedPersonName;
}

/** Работник образовательной организации. */
export interface SeedPerson extends SeedPersonName {
  /** Должность со строчной буквы, как в штатном расписании: 'учитель математики'. */
  position: string;
  /** Преподаваемые предметы; [] — у педагога-психолога, социального педагога и т.п. */
  subjects: string[];
  /** Дата начала педагогической деятельности (для расчёта педагогического стажа). */
  pedagogicalStart: SeedIsoDate;
  birthDate: SeedIsoDate;
  /** Рабочая почта, латиницей, @school1.biysk.example. */
  email?: string;
  /** Кому создаётся учётная запись. */
  role?: 'curator' | 'teacher';
  /** Дата вступления в текущую должность, если педагог недавно перешёл на неё. */
  positionStart?: SeedIsoDate;
  /** Дата возвращения к педагогической деятельности после перерыва. */
  returnedAt?: SeedIsoDate;
}
