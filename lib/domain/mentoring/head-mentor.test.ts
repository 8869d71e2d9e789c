import { describe, expect, it } from 'vitest';
import { basisProblem, FOUNDER_ONLY_FOR_HEAD, HEAD_SELF_AGREEMENT, isHeadOf } from './head-mentor';

const org = { headLastName: 'Киреева', headFirstName: 'Ольга', headMiddleName: 'Алексеевна', headPosition: 'Директор' };

describe('a head who mentors', () => {
  it('is recognised by the head’s name and position in the settings, ё or е, any case', () => {
    expect(isHeadOf({ lastName: 'киреева', firstName: 'Ольга', middleName: 'Алексеевна', position: 'директор' }, org)).toBe(true);
    expect(isHeadOf({ lastName: 'Киреева', firstName: 'Ольга', middleName: null, position: 'директор' }, org)).toBe(false);
    // A namesake teacher is not the head.
    expect(isHeadOf({ lastName: 'Киреева', firstName: 'Ольга', middleName: 'Алексеевна', position: 'учитель математики' }, org)).toBe(false);
    expect(
      isHeadOf({ lastName: 'Сёмина', firstName: 'Анна', middleName: null, position: 'Заведующий' }, { headLastName: 'Семина', headFirstName: 'Анна', headMiddleName: null, headPosition: 'заведующий' }),
    ).toBe(true);
  });

  it('gets no agreement with herself: job function or the founder', () => {
    expect(basisProblem('agreement', true)).toBe(HEAD_SELF_AGREEMENT);
    expect(basisProblem('job_function', true)).toBeNull();
    expect(basisProblem('founder_agreement', true)).toBeNull();
    expect(basisProblem('founder_agreement', false)).toBe(FOUNDER_ONLY_FOR_HEAD);
    expect(basisProblem('agreement', false)).toBeNull();
    expect(basisProblem('job_function', false)).toBeNull();
  });
});
