// The progress board's URL state — search, a step-state filter and the sort column — parsed
// from search params, applied to the rows, and written back into links. Pure, so the
// server-rendered board needs no client code to sort and filter.
import type { StepState } from '@/lib/domain/school/path';

export const STEP_COUNT = 9;
/** Column headings of the nine steps; the full titles come from lib/domain/school/path.ts. */
export const STEP_SHORT_LABELS = ['Сведения', 'Приказ о внедрении', 'Банки', 'Пары', 'Согласия', 'Приказ о парах', 'ППН', 'Мониторинг', 'Итоги'];

export type SortKey = 'name' | 'done' | `step${number}`;

export interface ProgressQuery {
  q: string;
  /** 1..9, with `state`: only schools whose step is in that state. */
  step: number | null;
  state: StepState | null;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** 1-based: a region's board of thousands of schools is shown PROGRESS_PAGE_SIZE at a time. */
  page: number;
}

export const PROGRESS_PAGE_SIZE = 100;

export interface ProgressRow {
  id: string;
  shortName: string;
  fullName: string;
  districtName: string;
  states: StepState[];
  done: number;
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const STATES: StepState[] = ['todo', 'progress', 'done'];
const RANK: Record<StepState, number> = { todo: 0, progress: 1, done: 2 };

export function parseProgressQuery(params: Params): ProgressQuery {
  const stepNo = Number(first(params.step));
  const step = Number.isInteger(stepNo) && stepNo >= 1 && stepNo <= STEP_COUNT ? stepNo : null;
  const state = STATES.find((s) => s === first(params.state)) ?? null;
  const sortRaw = first(params.sort);
  const sortStep = /^step([1-9])$/.exec(sortRaw);
  const sort: SortKey = sortRaw === 'done' ? 'done' : sortStep ? `step${Number(sortStep[1])}` : 'name';
  const pageNo = Number(first(params.page));
  const page = Number.isInteger(pageNo) && pageNo >= 1 ? pageNo : 1;
  return { q: first(params.q).trim().slice(0, 200), step, state, sort, dir: first(params.dir) === 'desc' ? 'desc' : 'asc', page };
}

const fold = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е');
const collator = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });

export function applyProgressQuery<R extends ProgressRow>(rows: R[], query: ProgressQuery): R[] {
  const needle = fold(query.q);
  const filtered = rows.filter(
    (r) =>
      (!needle || fold(`${r.shortName} ${r.fullName} ${r.districtName}`).includes(needle)) &&
      (query.step === null || query.state === null || r.states[query.step - 1] === query.state),
  );
  const byName = (a: R, b: R) => collator.compare(a.shortName, b.shortName);
  const key = (r: R) => (query.sort === 'done' ? r.done : query.sort === 'name' ? 0 : RANK[r.states[Number(query.sort.slice(4)) - 1]!]);
  const sign = query.dir === 'desc' ? -1 : 1;
  return filtered.sort((a, b) => (query.sort === 'name' ? sign * byName(a, b) : sign * (key(a) - key(b)) || byName(a, b)));
}

/** The rows of the query's page (a page past the last shows the last). */
export function pageOfRows<R>(rows: R[], query: ProgressQuery): { rows: R[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / PROGRESS_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return { rows: rows.slice((page - 1) * PROGRESS_PAGE_SIZE, page * PROGRESS_PAGE_SIZE), page, pages };
}

/**
 * A link to the board with some of the query changed; defaults are left out of the URL.
 * Changing anything but the page starts again from the first page.
 */
export function progressHref(query: ProgressQuery, change: Partial<ProgressQuery> = {}): string {
  const next = { ...query, ...change, page: change.page ?? (Object.keys(change).length > 0 ? 1 : query.page) };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.step !== null) params.set('step', String(next.step));
  if (next.state !== null) params.set('state', next.state);
  if (next.sort !== 'name') params.set('sort', next.sort);
  if (next.dir !== 'asc') params.set('dir', next.dir);
  if (next.page > 1) params.set('page', String(next.page));
  const s = params.toString();
  return s ? `/district/progress?${s}` : '/district/progress';
}

/** Clicking a column header sorts by it; clicking it again reverses the order. */
export function sortHref(query: ProgressQuery, sort: SortKey): string {
  const dir = query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc';
  return progressHref(query, { sort, dir });
}
