// Matching of the student model: a form says who may mentor in it (mentorKinds), a pupil
// mentors from 15 on the pair's start date, a mentor takes no more mentees than their
// capacity, and nobody is mentor and mentee of the same pair. The page offers only the
// mentors these rules allow; the server checks the same rules again on create.
import { ageOn, MIN_PUPIL_MENTOR_AGE } from './age';
import { STUDENT_MENTOR_KIND_LABELS, type StudentMentorKind } from './vocabulary';

export interface MentorCandidate {
  id: string;
  kind: StudentMentorKind;
  label: string;
  capacity: number;
  /** Mentees already in the mentor's forming and active pairs. */
  load: number;
  /** A pupil mentor's pupil id and birth date. */
  pupil?: { id: string; birthDate: string } | null;
}

export interface FormRule {
  name: string;
  mentorKinds: readonly StudentMentorKind[];
}

export const ONE_ON_ONE_KIND = 'индивидуальное';
export const GROUP_KIND = 'групповое';
export const STUDENT_PAIR_KINDS = [ONE_ON_ONE_KIND, GROUP_KIND] as const;

function tooYoung(mentor: MentorCandidate, startDate: string): string | null {
  if (mentor.kind !== 'pupil' || !mentor.pupil) return null;
  const age = ageOn(mentor.pupil.birthDate, startDate);
  return age < MIN_PUPIL_MENTOR_AGE ? `${mentor.label}: на дату начала ${age} ${age >= 5 ? 'лет' : 'года'}, наставником может быть обучающийся с ${MIN_PUPIL_MENTOR_AGE} лет` : null;
}

/** The mentors the pair form offers for a form: its kinds, of age, with a free place. */
export function mentorsForForm(form: FormRule, mentors: MentorCandidate[], startDate: string): MentorCandidate[] {
  return mentors.filter((m) => form.mentorKinds.includes(m.kind) && m.load < m.capacity && !tooYoung(m, startDate));
}

export interface PairDraft {
  form: FormRule;
  mentor: MentorCandidate;
  menteePupilIds: string[];
  kind: string;
  startDate: string;
}

/** Every reason the pair cannot be formed, in Russian; empty when it can. */
export function pairProblems(d: PairDraft): string[] {
  const problems: string[] = [];
  if (!d.form.mentorKinds.includes(d.mentor.kind)) {
    const allowed = d.form.mentorKinds.map((k) => STUDENT_MENTOR_KIND_LABELS[k]).join(' или ');
    problems.push(`В форме «${d.form.name}» наставник — ${allowed}; ${d.mentor.label} — ${STUDENT_MENTOR_KIND_LABELS[d.mentor.kind]}`);
  }
  const young = tooYoung(d.mentor, d.startDate);
  if (young) problems.push(young);
  if (d.mentor.pupil && d.menteePupilIds.includes(d.mentor.pupil.id)) problems.push('Обучающийся не может быть наставником и наставляемым в одной паре');
  if (new Set(d.menteePupilIds).size !== d.menteePupilIds.length) problems.push('Наставляемый указан дважды');
  if (d.menteePupilIds.length === 0) problems.push('Выберите наставляемых');
  if (d.kind === ONE_ON_ONE_KIND && d.menteePupilIds.length > 1) problems.push('В индивидуальной паре один наставляемый: для нескольких выберите вид «групповое»');
  if (d.kind === GROUP_KIND && d.menteePupilIds.length < 2) problems.push('В группе не меньше двух наставляемых');
  const free = d.mentor.capacity - d.mentor.load;
  if (d.menteePupilIds.length > free) {
    problems.push(`${d.mentor.label}: наставляемых не больше ${d.mentor.capacity}, свободно ${Math.max(free, 0)}`);
  }
  return problems;
}
