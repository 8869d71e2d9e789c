// The analytical note on a district's or region's monitoring, from computed indicators: the
// key indicators with plan and fact, one row per school, and conclusions and recommendations
// worded from the numbers — nothing in it is typed by hand except the territory, period and signer.
import { plural } from '@/lib/core/russian';
import { type StudentPlan, studentIndicators } from '@/lib/domain/students/indicators';
import type { AnalyticalNote } from '@/templates/analytical-note/schema';
import { currentPairs, keyIndicators, type Level, percent, roundShare, type UnitCounts } from './compute';

export const DEFAULT_PURPOSE =
  'оценка состояния внедрения системы (целевой модели) наставничества педагогических работников в образовательных организациях и степени охвата наставничеством молодых педагогов';

/** How many schools a sentence names before it says «и ещё N». */
const NAMED = 10;

export interface NoteSchool {
  name: string;
  counts: UnitCounts;
}

export interface NoteInput {
  level: Level;
  total: UnitCounts;
  schools: NoteSchool[];
  author: string;
  territory: string;
  periodFrom: string;
  periodTo: string;
  referenceDate: string;
  date: string;
  purpose: string;
  signer: AnalyticalNote['signer'];
  /** The student model's plan of the reference year: with pupils in the data, the note adds its two indicators. */
  studentPlan?: StudentPlan;
}

/** The student indicators go into the note only where the unit keeps pupils at all. */
const studentValues = (n: NoteInput) =>
  n.studentPlan && n.total.pupils10to19 + n.total.pupils15to19 > 0 ? studentIndicators(n.total, n.studentPlan) : [];

const pupilsWord = (n: number) => plural(n, ['обучающегося', 'обучающихся', 'обучающихся']);

/** 'города Бийска' from «… Администрации города Бийска»; otherwise nothing, for the user to type. */
export function territoryGuess(org: { fullName: string }): string {
  return /Администрации\s+(.+?)»?\s*$/.exec(org.fullName)?.[1] ?? '';
}

const oneDecimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, useGrouping: false });
const pct = (part: number, whole: number) => `${oneDecimal.format(percent(part, whole) ?? 0)} %`;
const people = (n: number) => `${n} ${plural(n, ['педагогического работника', 'педагогических работников', 'педагогических работников'])}`;

function names(list: string[]): string {
  if (list.length <= NAMED) return list.join(', ');
  return `${list.slice(0, NAMED).join(', ')} и ещё ${list.length - NAMED}`;
}

function conclusions(n: NoteInput): string[] {
  const c = n.total;
  const out = [
    `Система (целевая модель) наставничества педагогических работников реализуется в ${c.schoolsImplementing} из ${c.schools} образовательных организаций (${pct(c.schoolsImplementing, c.schools)}) при плановом значении 100 %`,
    `Положение о системе наставничества педагогических работников утверждено в ${c.schoolsWithRegulation} из ${c.schools} образовательных организаций (${pct(c.schoolsWithRegulation, c.schools)})`,
  ];
  if (c.youngTeachers > 0) {
    const reached = (percent(c.youngCovered, c.youngTeachers) ?? 0) >= 70;
    out.push(
      `Наставничеством охвачено ${c.youngCovered} из ${people(c.youngTeachers)} в возрасте до 35 лет со стажем работы менее 3 лет (${pct(c.youngCovered, c.youngTeachers)}) при плановом значении не менее 70 %: плановое значение ${reached ? 'достигнуто' : 'не достигнуто'}`,
    );
  } else {
    out.push('Педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет по имеющимся данным нет');
  }
  if (c.staffWithoutData > 0) {
    out.push(
      `Возраст и стаж не учтены для ${people(c.staffWithoutData)}: нет согласия на обработку персональных данных или не указаны даты рождения и начала педагогической деятельности; в расчёт охвата они не включены`,
    );
  }
  const base = n.level === 'region' ? 'региональной' : 'муниципальной';
  out.push(
    c.mentors > 0
      ? `В ${base} базе наставников ${c.mentors} ${plural(c.mentors, ['наставник', 'наставника', 'наставников'])}; действующих наставнических пар (групп): ${currentPairs(c)}, завершивших работу: ${c.pairsCompleted}`
      : `${base === 'региональной' ? 'Региональная' : 'Муниципальная'} база наставников не сформирована: наставники в образовательных организациях не определены`,
  );
  for (const v of studentValues(n)) {
    const role = v.key === 'studentMentees' ? 'наставляемого' : 'наставника';
    const ages = v.key === 'studentMentees' ? 'от 10 до 19 лет' : 'от 15 до 19 лет';
    out.push(
      v.fact === null
        ? `Обучающихся в возрасте ${ages} по имеющимся данным нет`
        : `В программы наставничества в роли ${role} вошли ${v.numerator} из ${v.denominator} ${pupilsWord(v.denominator)} в возрасте ${ages} (${pct(v.numerator, v.denominator)}) при плановом значении ${oneDecimal.format(v.plan)} %: плановое значение ${v.achieved ? 'достигнуто' : 'не достигнуто'}`,
    );
  }
  if (c.consentsOutstanding > 0) {
    out.push(`Не получено ${c.consentsOutstanding} ${plural(c.consentsOutstanding, ['согласие', 'согласия', 'согласий'])} участников наставнических пар (групп)`);
  }
  return out;
}

function recommendations(n: NoteInput): string[] {
  const c = n.total;
  const out: string[] = [];
  const withoutOrder = n.schools.filter((s) => s.counts.schoolsImplementing === 0).map((s) => s.name);
  if (withoutOrder.length > 0) {
    out.push(`Руководителям ${names(withoutOrder)} издать приказ о внедрении системы (целевой модели) наставничества педагогических работников и утвердить положение о системе наставничества`);
  }
  if (c.youngTeachers > 0 && (percent(c.youngCovered, c.youngTeachers) ?? 0) < 70) {
    out.push(
      `Кураторам образовательных организаций закрепить наставников за педагогическими работниками в возрасте до 35 лет со стажем работы менее 3 лет, не охваченными наставничеством (${c.youngTeachers - c.youngCovered} чел.)`,
    );
  }
  if (c.consentsOutstanding > 0) {
    out.push('Кураторам образовательных организаций собрать письменные согласия участников наставнических пар (групп) до издания приказов о закреплении');
  }
  const behind = studentValues(n).filter((v) => v.achieved === false);
  if (behind.length > 0) {
    const roles = behind.map((v) => (v.key === 'studentMentees' ? 'наставляемых (10–19 лет)' : 'наставников (15–19 лет)')).join(' и ');
    out.push(`Кураторам образовательных организаций расширить участие обучающихся в программах наставничества в роли ${roles} до плановых значений`);
  }
  if (c.staffWithoutData > 0) {
    out.push('Получить согласия на обработку персональных данных и внести даты рождения и начала педагогической деятельности, чтобы охват рассчитывался по всем педагогическим работникам');
  }
  return out;
}

export function analyticalNoteData(n: NoteInput): AnalyticalNote {
  return {
    author: n.author,
    territory: n.territory,
    periodFrom: n.periodFrom,
    periodTo: n.periodTo,
    monitoringDate: n.referenceDate,
    date: n.date,
    purpose: n.purpose,
    // The note's table is plan against fact; "exists" has no number to put in it.
    indicators: keyIndicators(n.total, n.level)
      .filter((v) => v.unit === '%')
      .map((v) => ({ name: v.name, unit: v.unit, plan: v.plan, fact: v.fact === null ? null : roundShare(v.fact) }))
      .concat(studentValues(n).map((v) => ({ name: v.name, unit: v.unit, plan: v.plan, fact: v.fact === null ? null : roundShare(v.fact) }))),
    schools: n.schools.map((s) => ({
      name: s.name,
      mentors: s.counts.mentors,
      mentees: s.counts.mentees,
      pairs: currentPairs(s.counts),
      youngTeachers: s.counts.youngTeachers,
      youngCovered: s.counts.youngCovered,
    })),
    conclusions: conclusions(n),
    recommendations: recommendations(n),
    signer: n.signer,
  };
}
