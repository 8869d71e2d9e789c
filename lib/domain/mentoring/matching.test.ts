import { describe, expect, it } from 'vitest';
import { coveredDeficits, type MentorForMatching, rankMentors, scoreMentor } from './matching';

const mentee = {
  personId: 'mentee',
  subjects: ['Математика'],
  deficits: ['формирующее оценивание', 'работа с родителями обучающихся', 'дисциплина на уроке'],
};

const mentor = (over: Partial<MentorForMatching>): MentorForMatching => ({
  personId: 'm',
  name: 'Иванова М.П.',
  subjects: [],
  competences: [],
  training: 'none',
  load: 0,
  limit: 3,
  ...over,
});

describe('coveredDeficits', () => {
  it('matches phrases by their meaningful words in any grammatical form', () => {
    expect(coveredDeficits(mentee.deficits, ['Оценивание: формирующее и критериальное', 'взаимодействие с родителями'])).toEqual([
      'формирующее оценивание',
      'работа с родителями обучающихся',
    ]);
    expect(coveredDeficits(['функциональная грамотность'], ['развитие функциональной грамотности'])).toEqual(['функциональная грамотность']);
  });

  it('does not match on filler words alone', () => {
    expect(coveredDeficits(['работа с родителями'], ['работа с одарёнными детьми'])).toEqual([]);
    expect(coveredDeficits(['  '], ['что угодно'])).toEqual([]);
  });
});

describe('scoreMentor', () => {
  it('adds deficits, subject, free places and training, with a reason for each', () => {
    const s = scoreMentor(mentee, mentor({ subjects: ['математика'], competences: ['формирующее оценивание', 'управление дисциплиной на уроке'], training: 'completed', load: 1 }));
    expect(s.selectable).toBe(true);
    // 50·2/3 + 30 + 15·2/3 + 5
    expect(s.score).toBe(78);
    expect(s.reasons).toEqual([
      'Компетенции закрывают дефициты: «формирующее оценивание», «дисциплина на уроке» (2 из 3)',
      'Тот же предмет: математика',
      'Нагрузка: 1 из 3',
      'Наставник: обучение пройдено',
    ]);
  });

  it('marks a full mentor as not selectable', () => {
    const s = scoreMentor(mentee, mentor({ load: 3, limit: 3, subjects: ['Математика'] }));
    expect(s.selectable).toBe(false);
    expect(s.reasons).toContain('Нагрузка: 3 из 3 — свободных мест нет');
    expect(s.score).toBe(30);
  });

  it('says when nothing matches or nothing is known', () => {
    expect(scoreMentor({ personId: 'x', subjects: [], deficits: [] }, mentor({})).reasons).toEqual([
      'У наставляемого не указаны дефициты',
      'Предметы не указаны',
      'Нагрузка: 0 из 3',
    ]);
    expect(scoreMentor(mentee, mentor({ subjects: ['Физика'] })).reasons.slice(0, 2)).toEqual(['Компетенции не совпадают с дефицитами', 'Предметы не совпадают']);
  });
});

describe('rankMentors', () => {
  it('puts free mentors first by score, full ones last, and never the mentee themself', () => {
    const ranked = rankMentors(mentee, [
      mentor({ personId: 'full', name: 'Полная', subjects: ['Математика'], competences: mentee.deficits, load: 2, limit: 2 }),
      mentor({ personId: 'weak', name: 'Слабая' }),
      mentor({ personId: 'strong', name: 'Сильная', subjects: ['Математика'] }),
      mentor({ personId: 'mentee', name: 'Сам себе' }),
    ]);
    expect(ranked.map((r) => r.mentor.personId)).toEqual(['strong', 'weak', 'full']);
    expect(ranked.map((r) => r.selectable)).toEqual([true, true, false]);
  });
});
