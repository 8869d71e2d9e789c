import { describe, expect, it } from 'vitest';
import { EMPTY_FACTS, schoolPath, type SchoolFacts, type StepState } from './path';

const step = (facts: Partial<SchoolFacts>, no: number) => schoolPath({ ...EMPTY_FACTS, ...facts })[no - 1]!;
const state = (facts: Partial<SchoolFacts>, no: number): StepState => step(facts, no).state;
const pairs = (p: Partial<SchoolFacts['pairs']>) => ({ ...EMPTY_FACTS.pairs, ...p });

describe('schoolPath', () => {
  it('lists the nine steps in order, each with the page it is done on', () => {
    const steps = schoolPath(EMPTY_FACTS);
    expect(steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(steps.map((s) => s.href)).toEqual([
      '/school/settings',
      '/introduction',
      '/banks',
      '/pairs',
      '/consents',
      '/pairs',
      '/programs',
      '/monitoring',
      '/completion',
    ]);
  });

  it('starts with everything to do and says what to do first', () => {
    const steps = schoolPath(EMPTY_FACTS);
    expect(steps.every((s) => s.state === 'todo')).toBe(true);
    expect(steps[0]!.next).toMatch(/Заполните/);
    expect(steps[2]!.next).toMatch(/Загрузите список сотрудников/);
  });

  it('1: names alone are in progress; with an active curator done', () => {
    expect(state({ curatorAppointed: true }, 1)).toBe('todo');
    expect(state({ namesFilled: true }, 1)).toBe('progress');
    expect(step({ namesFilled: true }, 1).next).toMatch(/Назначьте куратора/);
    expect(state({ namesFilled: true, curatorAppointed: true }, 1)).toBe('done');
  });

  it('2: a draft is in progress, the issued order is done', () => {
    expect(state({ introOrder: 'draft' }, 2)).toBe('progress');
    expect(state({ introOrder: 'issued' }, 2)).toBe('done');
  });

  it('3: counts staff, needs both banks for progress and the mentor-list order for done', () => {
    expect(step({ staffCount: 40 }, 3).next).toBe('Сотрудников в базе: 40. Отметьте наставников и наставляемых.');
    expect(state({ staffCount: 40, mentorCount: 3 }, 3)).toBe('todo');
    expect(step({ staffCount: 40, mentorCount: 3 }, 3).next).toMatch(/Отметьте наставляемых/);
    const progress = step({ staffCount: 40, mentorCount: 3, menteeCount: 2 }, 3);
    expect(progress.state).toBe('progress');
    expect(progress.next).toBe('Сотрудников в базе: 40; наставников: 3, наставляемых: 2. Издайте приказ об утверждении методического актива (списка наставников).');
    expect(state({ mentorCount: 3, menteeCount: 2, mentorListOrder: 'issued' }, 3)).toBe('done');
  });

  it('4: a pair not terminated is progress; every mentee in a pair is done', () => {
    expect(state({ menteeCount: 3, unpairedMentees: 3, pairs: pairs({ terminated: 1 }) }, 4)).toBe('todo');
    const partial = step({ menteeCount: 3, unpairedMentees: 2, pairs: pairs({ forming: 1 }) }, 4);
    expect(partial.state).toBe('progress');
    expect(partial.next).toContain('Без пары: 2 наставляемых');
    expect(state({ menteeCount: 3, unpairedMentees: 0, pairs: pairs({ forming: 1, active: 1 }) }, 4)).toBe('done');
  });

  it('5: some consents received is progress; every open pair complete is done', () => {
    expect(state({ pairs: pairs({ forming: 2 }), pairsMissingConsents: 2 }, 5)).toBe('todo');
    const some = step({ pairs: pairs({ forming: 2 }), pairsMissingConsents: 1, consentsReceived: 4 }, 5);
    expect(some.state).toBe('progress');
    expect(some.next).toContain('1 пара');
    expect(state({ pairs: pairs({ forming: 2 }), pairsMissingConsents: 0, consentsReceived: 10 }, 5)).toBe('done');
    expect(state({ consentsReceived: 0 }, 5)).toBe('todo');
  });

  it('6: an active pair is progress; pairs with none forming is done', () => {
    expect(state({ pairs: pairs({ forming: 2 }) }, 6)).toBe('todo');
    expect(step({ pairs: pairs({ forming: 2 }) }, 6).next).toMatch(/издайте приказ о закреплении/);
    expect(state({ pairs: pairs({ forming: 1, active: 1 }) }, 6)).toBe('progress');
    expect(state({ pairs: pairs({ active: 2 }) }, 6)).toBe('done');
  });

  it('7: one ППН is progress; every active/completed pair with one is done', () => {
    expect(state({ pairs: pairs({ active: 2 }), pairsWithoutPpn: 2 }, 7)).toBe('todo');
    expect(state({ pairs: pairs({ active: 2 }), pairsWithoutPpn: 1, ppnCount: 1 }, 7)).toBe('progress');
    expect(state({ pairs: pairs({ active: 1, completed: 1 }), pairsWithoutPpn: 0, ppnCount: 2 }, 7)).toBe('done');
  });

  it('8: an open campaign without a submission is progress; a submission to the latest is done', () => {
    const campaign = { title: 'Мониторинг 2026', deadline: '2026-12-25' };
    const open = step({ latestCampaign: campaign, openUnsubmitted: campaign }, 8);
    expect(open.state).toBe('progress');
    expect(open.next).toContain('до 25.12.2026');
    expect(state({ latestCampaign: campaign, submittedLatest: true }, 8)).toBe('done');
    expect(state({ latestCampaign: campaign }, 8)).toBe('todo');
  });

  it('9: a completed pair is progress; the issued results order is done', () => {
    expect(state({ pairs: pairs({ completed: 1 }) }, 9)).toBe('progress');
    expect(step({ pairs: pairs({ completed: 1 }), resultsOrder: 'draft' }, 9).next).toMatch(/Издайте подготовленный приказ/);
    expect(state({ pairs: pairs({ completed: 1 }), resultsOrder: 'issued' }, 9)).toBe('done');
  });
});
