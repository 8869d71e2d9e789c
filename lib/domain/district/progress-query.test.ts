import { describe, expect, it } from 'vitest';
import type { StepState } from '@/lib/domain/school/path';
import { applyProgressQuery, parseProgressQuery, progressHref, type ProgressRow, sortHref } from './progress-query';

const row = (shortName: string, states: StepState[]): ProgressRow => ({
  id: shortName,
  shortName,
  fullName: `Полное ${shortName}`,
  districtName: 'Район',
  states: [...states, ...Array<StepState>(9 - states.length).fill('todo')],
  done: states.filter((s) => s === 'done').length,
});

const rows = [
  row('МБОУ «СОШ № 10»', ['done', 'done', 'progress']),
  row('МБОУ «СОШ № 2»', ['done', 'todo']),
  row('МБОУ «Гимназия № 1»', ['progress']),
  row('МБОУ «Ёлкинская СОШ»', ['done', 'done', 'done']),
];
const names = (q: Record<string, string>) => applyProgressQuery([...rows], parseProgressQuery(q)).map((r) => r.shortName);

describe('progress board query', () => {
  it('sorts by name naturally (№ 2 before № 10) by default', () => {
    expect(names({})).toEqual(['МБОУ «Гимназия № 1»', 'МБОУ «Ёлкинская СОШ»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 10»']);
  });

  it('sorts by a step state or by the number of steps done, ties by name', () => {
    expect(names({ sort: 'step2', dir: 'desc' })).toEqual(['МБОУ «Ёлкинская СОШ»', 'МБОУ «СОШ № 10»', 'МБОУ «Гимназия № 1»', 'МБОУ «СОШ № 2»']);
    expect(names({ sort: 'done' })).toEqual(['МБОУ «Гимназия № 1»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 10»', 'МБОУ «Ёлкинская СОШ»']);
  });

  it('filters by a search (ё = е, any case) and by a step state', () => {
    expect(names({ q: 'елкин' })).toEqual(['МБОУ «Ёлкинская СОШ»']);
    expect(names({ step: '1', state: 'done' })).toEqual(['МБОУ «Ёлкинская СОШ»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 10»']);
    expect(names({ step: '3', state: 'progress' })).toEqual(['МБОУ «СОШ № 10»']);
  });

  it('ignores forged parameters', () => {
    expect(parseProgressQuery({ step: '10', state: 'hacked', sort: "step0'; drop", dir: 'sideways', q: 'x'.repeat(5000) })).toEqual({
      q: 'x'.repeat(200),
      step: null,
      state: null,
      sort: 'name',
      dir: 'asc',
    });
  });

  it('writes the state back into links, toggling the direction of the current sort', () => {
    const q = parseProgressQuery({ q: 'СОШ № 1', step: '2', state: 'todo', sort: 'step2' });
    expect(progressHref(q)).toBe('/district/progress?q=%D0%A1%D0%9E%D0%A8+%E2%84%96+1&step=2&state=todo&sort=step2');
    expect(sortHref(q, 'step2')).toContain('dir=desc');
    expect(sortHref(q, 'name')).not.toContain('dir=');
    expect(progressHref(parseProgressQuery({}))).toBe('/district/progress');
  });
});
