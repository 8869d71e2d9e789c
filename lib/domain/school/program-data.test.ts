import { describe, expect, it } from 'vitest';
import { flattenIom, groupIomRows, planRows, withMark } from './program-data';

const rows = [
  { direction: 'Предметная компетентность', title: 'ОГЭ', due: 'октябрь', result: 'сборник', doneOn: '2026-10-20' },
  { direction: 'Методическая компетентность', title: 'Курсы', due: 'ноябрь', result: 'удостоверение', doneOn: null },
  { direction: 'Предметная компетентность', title: 'МО', due: 'в течение года', result: 'выступление', doneOn: null },
];

describe('ИОМ rows and directions', () => {
  it('groups rows by direction in order of first appearance, with the printed mark', () => {
    const directions = groupIomRows(rows);
    expect(directions.map((d) => [d.title, d.activities.map((a) => a.title)])).toEqual([
      ['Предметная компетентность', ['ОГЭ', 'МО']],
      ['Методическая компетентность', ['Курсы']],
    ]);
    expect(directions[0]!.activities[0]!.done).toBe('выполнено 20.10.2026');
    expect(directions[1]!.activities[0]!.done).toBeNull();
  });

  it('flattens back in print order', () => {
    expect(flattenIom(groupIomRows(rows)).map((r) => r.title)).toEqual(['ОГЭ', 'МО', 'Курсы']);
  });
});

describe('completion marks', () => {
  it('marks and unmarks a ППН row', () => {
    const data = { activities: [{ title: 'Диагностика', due: 'октябрь', done: null }] };
    const marked = withMark(data, 0, '2026-10-08');
    expect(marked.activities[0]).toMatchObject({ doneOn: '2026-10-08', done: 'выполнено 08.10.2026' });
    expect(withMark(marked, 0, null).activities[0]).toMatchObject({ doneOn: null, done: null });
    expect(data.activities[0]!.done).toBeNull();
  });

  it('marks an ИОМ row by its place in the printed plan', () => {
    const data = { directions: groupIomRows(rows) };
    const marked = withMark(data, 2, '2026-11-30');
    expect(planRows(marked).map((r) => r.doneOn)).toEqual(['2026-10-20', null, '2026-11-30']);
    expect(marked.directions[1]!.activities[0]!.done).toBe('выполнено 30.11.2026');
  });

  it('refuses a row that is not in the plan', () => {
    expect(() => withMark({ activities: [] }, 0, null)).toThrow(RangeError);
  });
});
