import { describe, expect, it } from 'vitest';
import { canMove, type ConsentRecord, consentStates, isComplete, missingConsentsMessage, missingOf, requiredConsents } from './consents';

const pair = { id: 'p1', mentorId: 'mentor', menteeIds: ['a', 'b'] };
const names: Record<string, string> = { mentor: 'Иванова М.П.', a: 'Петров И.С.', b: 'Седых И.А.' };

const received = (personId: string, kind: ConsentRecord['kind'], pairId: string | null): ConsentRecord => ({
  id: `${personId}-${kind}`,
  personId,
  kind,
  pairId,
  status: 'received',
});

describe('requiredConsents', () => {
  it('asks the mentor for three and each mentee for two', () => {
    expect(requiredConsents(pair).map((r) => `${r.personId}:${r.kind}:${r.pairBound}`)).toEqual([
      'mentor:mentor_duties:true',
      'mentor:additional_agreement:true',
      'mentor:personal_data:false',
      'a:mentee_participation:true',
      'a:personal_data:false',
      'b:mentee_participation:true',
      'b:personal_data:false',
    ]);
  });
});

describe('consentStates', () => {
  const all = [
    received('mentor', 'mentor_duties', 'p1'),
    received('mentor', 'additional_agreement', 'p1'),
    received('mentor', 'personal_data', null),
    received('a', 'mentee_participation', 'p1'),
    received('a', 'personal_data', null),
    received('b', 'mentee_participation', 'p1'),
    received('b', 'personal_data', null),
  ];

  it('is complete only when every required consent is received', () => {
    expect(isComplete(consentStates(pair, all))).toBe(true);
    const withdrawn = all.map((r) => (r.personId === 'a' && r.kind === 'personal_data' ? { ...r, status: 'withdrawn' as const } : r));
    const states = consentStates(pair, withdrawn);
    expect(isComplete(states)).toBe(false);
    expect(missingOf(states).map((s) => `${s.personId}:${s.status}`)).toEqual(['a:withdrawn']);
  });

  it('is incomplete when any one required consent is missing or not received, whatever its kind', () => {
    for (const [i, r] of all.entries()) {
      for (const records of [all.filter((_, k) => k !== i), all.map((x, k) => (k === i ? { ...x, status: 'declined' as const } : x))]) {
        const states = consentStates(pair, records);
        expect(isComplete(states), `${r.personId}:${r.kind}`).toBe(false);
        expect(missingOf(states).map((s) => `${s.personId}:${s.kind}`)).toEqual([`${r.personId}:${r.kind}`]);
      }
    }
  });

  it('does not count a consent given for another pair', () => {
    const other = all.map((r) => (r.kind === 'mentor_duties' ? { ...r, pairId: 'p2' } : r));
    expect(missingOf(consentStates(pair, other)).map((s) => `${s.personId}:${s.kind}:${s.status}`)).toEqual(['mentor:mentor_duties:missing']);
  });

  it('names whose consent is missing', () => {
    const states = consentStates(pair, all.filter((r) => !(r.personId === 'a' && r.kind === 'personal_data') && r.kind !== 'additional_agreement'));
    expect(missingConsentsMessage(missingOf(states), (id) => names[id]!)).toBe(
      'Нет согласия: Иванова М.П. — дополнительное соглашение к трудовому договору; Петров И.С. — согласие на обработку персональных данных.',
    );
    expect(missingConsentsMessage([], (id) => id)).toBeNull();
  });
});

describe('canMove', () => {
  it('allows receiving again after a refusal or a withdrawal, and withdrawing only what was received', () => {
    expect(canMove('requested', 'received')).toBe(true);
    expect(canMove('withdrawn', 'received')).toBe(true);
    expect(canMove('received', 'received')).toBe(false);
    expect(canMove('requested', 'withdrawn')).toBe(false);
    expect(canMove('received', 'withdrawn')).toBe(true);
    expect(canMove('received', 'declined')).toBe(false);
  });
});
