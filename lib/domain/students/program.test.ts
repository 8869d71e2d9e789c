import { describe, expect, it } from 'vitest';
import example from '@/templates/student-program/example.json';
import { defaultProgram, monthOf, planProgress, pupilRole, withPlanMark } from './program';

const src = {
  org: example.org,
  form: 'студент – ученик',
  variant: 'куратор – автор проекта',
  mentor: { person: { lastName: 'Левин', firstName: 'Павел', middleName: 'Олегович' }, role: 'студент 3 курса БПК' },
  mentees: [{ person: { lastName: 'Зуев', firstName: 'Максим', middleName: 'Андреевич' }, role: pupilRole(9, 'В', false) }],
  curator: null,
  start: '2026-10-01',
  end: '2027-05-31',
  goals: '',
};

describe('the first draft of a student program', () => {
  it('spreads meetings over the months of the term, feedback in the middle, in date order', () => {
    const p = defaultProgram(src);
    expect(p.kind).toBe('individual');
    expect(p.plan.map((r) => r.due)).toEqual([
      'октябрь 2026 г.',
      'ноябрь 2026 г.',
      'декабрь 2026 г.',
      'январь 2027 г.',
      'февраль 2027 г.',
      'март 2027 г.',
      'апрель 2027 г.',
      'май 2027 г.',
    ]);
    expect(p.plan[0]!.activity).toContain('общих задач пары');
    expect(p.plan.filter((r) => r.form === 'консультация')).toHaveLength(1);
    expect(p.goal).toContain('«студент – ученик» (куратор – автор проекта)');
  });

  it('keeps the pair’s own goals and names a group by its mentees', () => {
    const p = defaultProgram({ ...src, goals: 'защитить проект на НПК', mentees: [...src.mentees, src.mentees[0]!] });
    expect(p.kind).toBe('group');
    expect(p.goal).toBe('защитить проект на НПК');
    expect(p.plan[0]!.activity).toContain('группы');
  });

  it('marks and unmarks a row, printing the date, and refuses a row that is not there', () => {
    const p = defaultProgram(src);
    const marked = withPlanMark(p, 1, '2026-11-12');
    expect(marked.plan[1]).toMatchObject({ doneOn: '2026-11-12', done: 'выполнено 12.11.2026' });
    expect(planProgress(marked)).toEqual({ done: 1, total: 8 });
    expect(withPlanMark(marked, 1, null).plan[1]).toMatchObject({ doneOn: null, done: null });
    expect(() => withPlanMark(p, 42, null)).toThrow(RangeError);
  });

  it('words a pupil’s role by class and gender', () => {
    expect(pupilRole(10, 'А', true)).toBe('обучающаяся 10 «А» класса');
    expect(pupilRole(11, '', false)).toBe('обучающийся 11 класса');
    expect(monthOf('2027-01-15')).toBe('январь 2027 г.');
  });
});
