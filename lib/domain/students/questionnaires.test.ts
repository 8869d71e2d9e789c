import { describe, expect, it } from 'vitest';
import example from '@/templates/student-questionnaires/example.json';
import { schema as blanksSchema } from '@/templates/student-questionnaires/schema';
import { type Answers, GROWTH_QUESTIONS, parseAnswers, questionnaireBlanks, QUALITY_QUESTIONS, questionsFor, stagesOf } from './questionnaires';
import { formatChange, formatDistribution, growthByPairAndForm, strengthsAndWeaknesses, summarizeQuality, SWOT_THRESHOLDS } from './swot';

describe('the questionnaires', () => {
  it('ask the quality of the program of all three and growth of mentor and mentee, the same before and after', () => {
    for (const role of ['mentor', 'mentee', 'curator'] as const) {
      const scores = QUALITY_QUESTIONS[role].filter((q) => q.kind === 'score');
      expect(scores.length).toBeGreaterThanOrEqual(5);
      expect(QUALITY_QUESTIONS[role].filter((q) => q.kind === 'open').map((q) => q.key)).toEqual(['good', 'improve']);
      expect(new Set(QUALITY_QUESTIONS[role].map((q) => q.key)).size).toBe(QUALITY_QUESTIONS[role].length);
    }
    expect(stagesOf('curator')).toEqual(['quality']);
    expect(questionsFor('mentee', 'before')).toBe(questionsFor('mentee', 'after'));
    expect(GROWTH_QUESTIONS.map((q) => q.key)).toEqual(expect.arrayContaining(['motivation', 'softSkills', 'schoolLife', 'studies']));
  });

  it('take scores 1–10 from form strings and keep non-empty open answers', () => {
    const raw = Object.fromEntries(QUALITY_QUESTIONS.mentee.map((q) => [q.key, q.kind === 'score' ? '7' : '']));
    const parsed = parseAnswers('mentee', 'quality', { ...raw, good: '  Встречи по пятницам ', stray: 'x' });
    expect(parsed).toEqual({ ok: true, answers: { comfort: 7, usefulness: 7, regularity: 7, goals: 7, curatorSupport: 7, wouldRepeat: 7, good: 'Встречи по пятницам' } });
  });

  it('refuse a blank, a fraction or an 11 in Russian, naming the question', () => {
    const raw = { organization: '', regularity: '7,5', goals: '11', mentorsPreparation: '0', schoolSupport: '5', parentsInvolvement: 'пять' };
    const parsed = parseAnswers('curator', 'quality', raw);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'Вопрос 1: поставьте оценку от 1 до 10.',
        'Вопрос 2: поставьте оценку от 1 до 10.',
        'Вопрос 3: оценка от 1 до 10.',
        'Вопрос 4: оценка от 1 до 10.',
        'Вопрос 6: поставьте оценку от 1 до 10.',
      ],
    });
  });
});

describe('the printed blanks', () => {
  it('are the questions the app enters: the template example is generated from them', () => {
    expect(blanksSchema.parse(questionnaireBlanks(example.school))).toEqual(blanksSchema.parse(example));
  });
});

describe('stage 1 summary', () => {
  const answers = (comfort: number, regularity: number, curatorSupport = 7) => ({
    comfort,
    usefulness: 7,
    regularity,
    goals: 7,
    curatorSupport,
    wouldRepeat: 7,
  });
  const rows: { role: 'mentee' | 'mentor'; answers: Answers }[] = [
    { role: 'mentee' as const, answers: answers(9, 4) },
    { role: 'mentee' as const, answers: answers(8, 5) },
    { role: 'mentee' as const, answers: { ...answers(10, 3), curatorSupport: 'не знаю' } },
    { role: 'mentor' as const, answers: { comfort: 6, usefulness: 6, regularity: 6, goals: 6, curatorSupport: 6, preparation: 6 } },
  ];
  const summary = summarizeQuality(rows);

  it('gives the mean, count and distribution of each question, per respondent', () => {
    const comfort = summary.find((s) => s.role === 'mentee' && s.key === 'comfort')!;
    expect(comfort).toMatchObject({ count: 3, mean: 9 });
    expect(formatDistribution(comfort.distribution)).toBe('8 × 1, 9 × 1, 10 × 1');
    // A non-score answer is not a score.
    expect(summary.find((s) => s.role === 'mentee' && s.key === 'curatorSupport')).toMatchObject({ count: 2, mean: 7 });
    expect(summary.find((s) => s.role === 'curator' && s.key === 'organization')).toMatchObject({ count: 0, mean: null });
  });

  it('makes strengths of high means and weaknesses of low ones, by the thresholds', () => {
    const { strengths, weaknesses } = strengthsAndWeaknesses(summary);
    expect(strengths.map((s) => [s.role, s.text, s.mean])).toEqual([['mentee', 'Насколько комфортно было работать с наставником?', 9]]);
    expect(weaknesses.map((s) => [s.role, s.mean])).toEqual([['mentee', 4]]);
    // The mentor's 6 is neither: a weakness is below 6.
    expect(SWOT_THRESHOLDS).toEqual({ strength: 8, weakness: 6 });
    expect(strengthsAndWeaknesses(summary, { strength: 9.5, weakness: 7 }).weaknesses.map((s) => s.mean)).toEqual([4, 6, 6, 6, 6, 6, 6]);
  });
});

describe('stage 2 change', () => {
  const g = (m: number, s = 5) => ({ motivation: m, softSkills: s, schoolLife: 5, studies: 5, confidence: 5 });
  it('matches before and after per respondent and averages per pair and per form', () => {
    const { pairs, forms, unmatched } = growthByPairAndForm([
      { pairId: 'p1', pairLabel: 'Пара 1', formName: 'ученик – ученик', respondent: 'a', stage: 'before', answers: g(4) },
      { pairId: 'p1', pairLabel: 'Пара 1', formName: 'ученик – ученик', respondent: 'a', stage: 'after', answers: g(7, 6) },
      { pairId: 'p2', pairLabel: 'Пара 2', formName: 'ученик – ученик', respondent: 'b', stage: 'before', answers: g(6) },
      { pairId: 'p2', pairLabel: 'Пара 2', formName: 'ученик – ученик', respondent: 'b', stage: 'after', answers: g(5) },
      { pairId: 'p3', pairLabel: 'Пара 3', formName: 'учитель – ученик', respondent: 'c', stage: 'before', answers: g(3) },
    ]);
    expect(unmatched).toBe(1);
    expect(pairs.map((p) => [p.label, p.changes[0]!.change])).toEqual([
      ['Пара 1', 3],
      ['Пара 2', -1],
    ]);
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({ label: 'ученик – ученик', matched: 2 });
    expect(forms[0]!.changes[0]).toMatchObject({ before: 5, after: 6, change: 1 });
    expect(forms[0]!.changes[1]).toMatchObject({ before: 5, after: 5.5, change: 0.5 });
    expect([formatChange(1), formatChange(-1), formatChange(0)]).toEqual(['+1,0', '-1,0', '0,0']);
  });
});
