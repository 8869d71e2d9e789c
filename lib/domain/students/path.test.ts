import { describe, expect, it } from 'vitest';
import { type StudentFacts, studentPath } from './path';

const empty: StudentFacts = {
  introOrder: 'none',
  pupils: 0,
  mentees: 0,
  mentors: 0,
  mentorsSelected: 0,
  mentorsTrained: 0,
  pairs: { forming: 0, active: 0, completed: 0, terminated: 0 },
  pairsMissingConsents: 0,
  pairOrder: 'none',
  meetings: 0,
  pairsWithResults: 0,
  resultsOrder: 'none',
};

describe('the student path', () => {
  it('has the seven stages of Р-145, none done for a new school', () => {
    const steps = studentPath(empty);
    expect(steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(steps.every((s) => s.state === 'todo')).toBe(true);
    expect(steps[1]!.next).toBe('Внесите список обучающихся.');
  });

  it('says whose consents hold the pairs back, then that the order may be issued', () => {
    const forming = { ...empty, mentees: 3, mentors: 2, pairs: { ...empty.pairs, forming: 2 } };
    expect(studentPath({ ...forming, pairsMissingConsents: 2 })[4]).toMatchObject({ state: 'progress', next: 'Не хватает согласий у 2 пар.' });
    expect(studentPath(forming)[4]!.next).toBe('Издайте приказ о закреплении пар: согласия получены.');
    expect(studentPath({ ...forming, pairs: { ...empty.pairs, active: 2 }, pairOrder: 'issued' })[4]!.state).toBe('done');
  });

  it('completes with the results order', () => {
    const done = studentPath({ ...empty, pairs: { ...empty.pairs, active: 1 }, pairsWithResults: 1 })[6]!;
    expect(done).toMatchObject({ state: 'progress', next: 'Итоги записаны у 1 пары: издайте приказ об итогах.' });
    expect(studentPath({ ...empty, resultsOrder: 'issued' })[6]!.state).toBe('done');
  });
});
