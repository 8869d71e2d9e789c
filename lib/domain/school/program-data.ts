// How a program's plan is kept in programs.data: the template's own data (ppn / iom) with
// the ISO date of each completion mark (`doneOn`) beside the printed mark («выполнено
// 08.10.2025»). An ИОМ's plan is grouped by directions; its form edits flat rows.
import { formatDate } from '@/lib/core/russian';

export interface Marked {
  doneOn?: string | null;
}

/** The mark as the program prints it in its «Отметка о выполнении» column. */
export const doneText = (doneOn: string | null | undefined): string | null => (doneOn ? `выполнено ${formatDate(doneOn)}` : null);

export interface IomRow extends Marked {
  direction: string;
  title: string;
  due: string;
  result: string;
}

export interface IomDirection {
  title: string;
  activities: (Omit<IomRow, 'direction'> & { done: string | null })[];
}

/** Flat rows → directions in the order they first appear, each row with its printed mark. */
export function groupIomRows(rows: IomRow[]): IomDirection[] {
  const directions: IomDirection[] = [];
  for (const { direction, ...row } of rows) {
    const title = direction.trim();
    let group = directions.find((d) => d.title === title);
    if (!group) directions.push((group = { title, activities: [] }));
    group.activities.push({ ...row, doneOn: row.doneOn ?? null, done: doneText(row.doneOn) });
  }
  return directions;
}

export function flattenIom(directions: IomDirection[]): IomRow[] {
  return directions.flatMap((d) => d.activities.map(({ done: _printed, ...a }) => ({ direction: d.title, ...a, doneOn: a.doneOn ?? null })));
}

/** The plan rows of either kind in print order: what the marks table lists and indexes. */
export function planRows(data: { activities?: (Marked & { title: string; due: string })[]; directions?: IomDirection[] }) {
  const rows = data.directions ? flattenIom(data.directions) : (data.activities ?? []);
  return rows.map((r) => ({ title: r.title, due: r.due, doneOn: r.doneOn ?? null }));
}

/** The data with row `index` marked done on `doneOn` (or unmarked), whichever kind it is. */
export function withMark<T extends { activities?: unknown[]; directions?: IomDirection[] }>(data: T, index: number, doneOn: string | null): T {
  if (data.directions) {
    const rows = flattenIom(data.directions);
    if (!rows[index]) throw new RangeError(`no plan row ${index}`);
    rows[index] = { ...rows[index]!, doneOn };
    return { ...data, directions: groupIomRows(rows) };
  }
  const activities = [...((data.activities ?? []) as (Marked & Record<string, unknown>)[])];
  if (!activities[index]) throw new RangeError(`no plan row ${index}`);
  activities[index] = { ...activities[index], doneOn, done: doneText(doneOn) };
  return { ...data, activities };
}

/** How many plan rows of a program are marked done, of how many. */
export function planProgress(data: Parameters<typeof planRows>[0]): { done: number; total: number } {
  const rows = planRows(data);
  return { done: rows.filter((r) => r.doneOn !== null).length, total: rows.length };
}
