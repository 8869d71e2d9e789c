import { describe, expect, it } from 'vitest';
import { type MentorCandidate, mentorsForForm, pairProblems } from './matching';

const pupilPupil = { name: 'ученик – ученик', mentorKinds: ['pupil'] as const };
const teacherPupil = { name: 'учитель – ученик', mentorKinds: ['teacher'] as const };
const older: MentorCandidate = { id: 'm1', kind: 'pupil', label: 'Орлов Павел (10А)', capacity: 2, load: 0, pupil: { id: 'p10', birthDate: '2010-05-01' } };
const younger: MentorCandidate = { id: 'm2', kind: 'pupil', label: 'Зайцев Илья (8Б)', capacity: 2, load: 0, pupil: { id: 'p8', birthDate: '2012-03-01' } };
const teacher: MentorCandidate = { id: 'm3', kind: 'teacher', label: 'Иванова Мария Петровна', capacity: 3, load: 3 };

describe('student matching', () => {
  it('offers for a form only mentors of its kinds, pupils of 15 on the start date and those with a free place', () => {
    expect(mentorsForForm(pupilPupil, [older, younger, teacher], '2026-10-01').map((m) => m.id)).toEqual(['m1']);
    expect(mentorsForForm(teacherPupil, [older, teacher], '2026-10-01')).toEqual([]);
    expect(mentorsForForm(teacherPupil, [{ ...teacher, load: 2 }], '2026-10-01').map((m) => m.id)).toEqual(['m3']);
    // Turning 15 on the start date is enough.
    expect(mentorsForForm(pupilPupil, [{ ...younger, pupil: { id: 'p8', birthDate: '2011-10-01' } }], '2026-10-01')).toHaveLength(1);
  });

  it('refuses a younger pupil mentor with a message', () => {
    expect(pairProblems({ form: pupilPupil, mentor: younger, menteePupilIds: ['a'], kind: 'индивидуальное', startDate: '2026-10-01' })).toEqual([
      'Зайцев Илья (8Б): на дату начала 14 лет, наставником может быть обучающийся с 15 лет',
    ]);
  });

  it('refuses a mentor of another kind, a full mentor, and a pupil who would mentor themselves', () => {
    expect(pairProblems({ form: teacherPupil, mentor: older, menteePupilIds: ['p10'], kind: 'индивидуальное', startDate: '2026-10-01' })).toEqual([
      'В форме «учитель – ученик» наставник — педагог; Орлов Павел (10А) — обучающийся',
      'Обучающийся не может быть наставником и наставляемым в одной паре',
    ]);
    expect(pairProblems({ form: teacherPupil, mentor: { ...teacher, load: 2 }, menteePupilIds: ['a', 'b'], kind: 'групповое', startDate: '2026-10-01' })).toEqual([
      'Иванова Мария Петровна: наставляемых не больше 3, свободно 1',
    ]);
  });

  it('keeps one mentee in an individual pair and two or more in a group', () => {
    const base = { form: pupilPupil, mentor: older, startDate: '2026-10-01' };
    expect(pairProblems({ ...base, menteePupilIds: ['a', 'b'], kind: 'индивидуальное' })).toEqual(['В индивидуальной паре один наставляемый: для нескольких выберите вид «групповое»']);
    expect(pairProblems({ ...base, menteePupilIds: ['a'], kind: 'групповое' })).toEqual(['В группе не меньше двух наставляемых']);
    expect(pairProblems({ ...base, menteePupilIds: ['a', 'b'], kind: 'групповое' })).toEqual([]);
  });
});
