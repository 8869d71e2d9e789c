// The columns of the per-unit indicator table, shared by the page and the XLSX export so
// both show the same figures under the same headers.
import { percent, type UnitCounts } from './compute';

export interface UnitColumn {
  header: string;
  /** A count, or a share in per cent (null when there is nothing to share). */
  value(c: UnitCounts): number | null;
  isPercent?: boolean;
}

export const UNIT_COLUMNS: readonly UnitColumn[] = [
  { header: 'ОО', value: (c) => c.schools },
  { header: 'ОО с приказом о внедрении', value: (c) => c.schoolsImplementing },
  { header: 'Реализуют ЦМН, %', value: (c) => percent(c.schoolsImplementing, c.schools), isPercent: true },
  { header: 'ОО с положением', value: (c) => c.schoolsWithRegulation },
  { header: 'Имеют положение, %', value: (c) => percent(c.schoolsWithRegulation, c.schools), isPercent: true },
  { header: 'Педагогов', value: (c) => c.staff },
  { header: 'Без сведений о возрасте и стаже', value: (c) => c.staffWithoutData },
  { header: 'До 35 лет со стажем менее 3 лет', value: (c) => c.youngTeachers },
  { header: 'Из них охвачены наставничеством', value: (c) => c.youngCovered },
  { header: 'Охват, %', value: (c) => percent(c.youngCovered, c.youngTeachers), isPercent: true },
  { header: 'Наставников', value: (c) => c.mentors },
  { header: 'Наставляемых', value: (c) => c.mentees },
  { header: 'Пары: формируются', value: (c) => c.pairsForming },
  { header: 'Пары: действуют', value: (c) => c.pairsActive },
  { header: 'Пары: завершены', value: (c) => c.pairsCompleted },
  { header: 'Пары: прекращены', value: (c) => c.pairsTerminated },
  { header: 'Согласий не получено', value: (c) => c.consentsOutstanding },
  // The student model: counts only, never a child's name.
  { header: 'Обучающихся 10–19 лет', value: (c) => c.pupils10to19 },
  { header: 'Из них наставляемые', value: (c) => c.studentMentees },
  { header: 'Наставляемые 10–19 лет, %', value: (c) => percent(c.studentMentees, c.pupils10to19), isPercent: true },
  { header: 'Обучающихся 15–19 лет', value: (c) => c.pupils15to19 },
  { header: 'Из них наставники', value: (c) => c.studentMentors },
  { header: 'Наставники 15–19 лет, %', value: (c) => percent(c.studentMentors, c.pupils15to19), isPercent: true },
];
