import { describe, expect, it } from 'vitest';
import { schoolPath } from './path';

const empty = { orgComplete: false, curatorAppointed: false, staffCount: 0, introOrderIssued: false };

describe('schoolPath', () => {
  it('lists the nine steps of DOMAIN.md in order', () => {
    expect(schoolPath(empty).map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('starts with everything to do and says what to do first', () => {
    const steps = schoolPath(empty);
    expect(steps.every((s) => s.state === 'todo')).toBe(true);
    expect(steps[0]!.next).toMatch(/Заполните/);
    expect(steps[2]!.next).toMatch(/Загрузите список сотрудников/);
  });

  it('keeps setup in progress until a curator is appointed', () => {
    expect(schoolPath({ ...empty, orgComplete: true })[0]!.state).toBe('progress');
    expect(schoolPath({ ...empty, orgComplete: true, curatorAppointed: true })[0]!.state).toBe('done');
  });

  it('counts staff in the banks step', () => {
    const bank = schoolPath({ ...empty, staffCount: 40 })[2]!;
    expect(bank.state).toBe('progress');
    expect(bank.next).toContain('40');
  });
});
