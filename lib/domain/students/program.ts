// The mentoring program of a student pair or group: its first draft built from the pair
// (form, role variant, participants, term, the pair's common goals) and the marks of its plan
// rows. Stored as the student-program template's data with each row's ISO `doneOn` beside
// the printed mark, as the teacher model keeps its ППН.
import type { PersonName } from '@/lib/core/russian';
import { doneText } from '@/lib/domain/school/program-data';
import type { OrgRequisites } from '@/templates/_parts';
import type { StaffMember } from '@/templates/_school/staff';
import type { StudentProgram } from '@/templates/student-program/schema';

export type PlanRow = StudentProgram['plan'][number] & { doneOn?: string | null };
export type StudentProgramData = Omit<StudentProgram, 'plan'> & { plan: PlanRow[] };

export interface ProgramParticipant {
  person: PersonName;
  role: string;
}

export interface ProgramSource {
  org: OrgRequisites;
  form: string;
  variant: string | null;
  mentor: ProgramParticipant;
  mentees: ProgramParticipant[];
  curator: StaffMember | null;
  start: string;
  end: string;
  /** The pair's common goals (stage 6), if the curator has written them. */
  goals: string;
}

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** 'октябрь 2025 г.' for an ISO date. */
export const monthOf = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)} г.`;

/** The months from the start's to the end's, as ISO dates of their first days. */
function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const last = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7));
  while (y * 12 + m <= last && out.length < 24) {
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** «учащийся 7 «А» класса» / «обучающаяся 10 класса» by the pupil's grade and class letter. */
export function pupilRole(grade: number, letter: string, female: boolean): string {
  return `${female ? 'обучающаяся' : 'обучающийся'} ${grade}${letter ? ` «${letter}»` : ''} класса`;
}

/**
 * The first draft: the stages of seed 002 a pair goes through — acquaintance and common goals,
 * regular meetings, intermediate feedback, the final presentation of results — spread over
 * the pair's term, month by month.
 */
export function defaultProgram(src: ProgramSource): StudentProgramData {
  const group = src.mentees.length > 1;
  const months = monthsBetween(src.start, src.end);
  const first = months[0] ?? src.start;
  const lastMonth = months[months.length - 1] ?? src.end;
  const middle = months.slice(1, -1);
  const feedback = middle[Math.floor(middle.length / 2)];
  const plan: PlanRow[] = [
    { due: monthOf(first), activity: `Знакомство, входное анкетирование, определение общих задач ${group ? 'группы' : 'пары'}`, form: 'встреча', done: null, doneOn: null },
    ...middle
      .filter((m) => m !== feedback)
      .map((m) => ({ due: monthOf(m), activity: 'Встреча наставника с наставляемыми по плану программы', form: 'встреча', done: null, doneOn: null })),
    ...(feedback ? [{ due: monthOf(feedback), activity: 'Промежуточная обратная связь: анкета, беседа с куратором, фиксация промежуточных результатов', form: 'консультация', done: null, doneOn: null }] : []),
    { due: monthOf(lastMonth), activity: 'Итоговая встреча, повторное анкетирование, представление результатов', form: 'встреча', done: null, doneOn: null },
  ];
  // Chronological: the feedback row belongs among the months, not after them.
  plan.sort((a, b) => monthKey(a.due) - monthKey(b.due));
  return {
    org: src.org,
    form: src.form,
    variant: src.variant,
    kind: group ? 'group' : 'individual',
    mentor: src.mentor,
    mentees: src.mentees,
    curator: src.curator,
    start: src.start,
    end: src.end,
    goal: src.goals.trim() || `раскрытие потенциала ${group ? 'наставляемых' : 'наставляемого'} в форме наставничества «${src.form}»${src.variant ? ` (${src.variant})` : ''}`,
    tasks: ['определить запросы наставляемых и общие задачи', 'провести запланированные встречи и мероприятия', 'зафиксировать промежуточные и итоговые результаты'],
    plan,
    results: ['положительная динамика образовательных результатов и мотивации наставляемых', 'развитие гибких навыков и вовлеченности участников в жизнь школы'],
  };
}

function monthKey(due: string): number {
  const m = /^(\S+) (\d{4}) г\.$/.exec(due);
  return m ? Number(m[2]) * 12 + MONTHS.indexOf(m[1]!) : Number.MAX_SAFE_INTEGER;
}

/** The data with plan row `index` marked done on `doneOn`, or unmarked with null. */
export function withPlanMark(data: StudentProgramData, index: number, doneOn: string | null): StudentProgramData {
  if (!data.plan[index]) throw new RangeError(`no plan row ${index}`);
  const plan = [...data.plan];
  plan[index] = { ...plan[index]!, doneOn, done: doneText(doneOn) };
  return { ...data, plan };
}

export function planProgress(data: StudentProgramData): { done: number; total: number } {
  return { done: data.plan.filter((r) => r.doneOn).length, total: data.plan.length };
}

