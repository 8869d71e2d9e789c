import { describe, expect, it } from 'vitest';
import type { StepState } from '@/lib/domain/school/path';
import { applyProgressQuery, PROGRESS_PAGE_SIZE, pageOfRows, parseProgressQuery, progressHref, type ProgressRow, sortHref } from './progress-query';

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
      page: 1,
    });
    expect(parseProgressQuery({ page: '-3' }).page).toBe(1);
    expect(parseProgressQuery({ page: '2.5' }).page).toBe(1);
  });

  it('shows a region of thousands of schools page by page, a page beyond the last being the last', () => {
    const many = Array.from({ length: PROGRESS_PAGE_SIZE * 2 + 5 }, (_, i) => row(`МБОУ «СОШ № ${i + 1}»`, []));
    const sorted = applyProgressQuery(many, parseProgressQuery({}));
    expect(pageOfRows(sorted, parseProgressQuery({}))).toMatchObject({ page: 1, pages: 3 });
    expect(pageOfRows(sorted, parseProgressQuery({})).rows).toHaveLength(PROGRESS_PAGE_SIZE);
    const last = pageOfRows(sorted, parseProgressQuery({ page: '99' }));
    expect(last).toMatchObject({ page: 3, pages: 3 });
    expect(last.rows.map((r) => r.shortName)).toEqual(sorted.slice(-5).map((r) => r.shortName));
    expect(pageOfRows([], parseProgressQuery({}))).toMatchObject({ page: 1, pages: 1, rows: [] });
  });

  it('writes the state back into links, toggling the direction of the current sort', () => {
    const q = parseProgressQuery({ q: 'СОШ № 1', step: '2', state: 'todo', sort: 'step2' });
    expect(progressHref(q)).toBe('/district/progress?q=%D0%A1%D0%9E%D0%A8+%E2%84%96+1&step=2&state=todo&sort=step2');
    expect(sortHref(q, 'step2')).toContain('dir=desc');
    expect(sortHref(q, 'name')).not.toContain('dir=');
    expect(progressHref(parseProgressQuery({}))).toBe('/district/progress');
    // A new filter or sort starts from the first page; a page link keeps the rest.
    const paged = parseProgressQuery({ sort: 'done', page: '3' });
    expect(progressHref(paged)).toBe('/district/progress?sort=done&page=3');
    expect(sortHref(paged, 'name')).toBe('/district/progress');
    expect(progressHref(paged, { step: 1, state: 'done' })).toBe('/district/progress?step=1&state=done&sort=done');
    expect(progressHref(paged, { page: 2 })).toBe('/district/progress?sort=done&page=2');
  });
});
