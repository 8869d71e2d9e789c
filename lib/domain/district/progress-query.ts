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
}

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
  return { q: first(params.q).trim().slice(0, 200), step, state, sort, dir: first(params.dir) === 'desc' ? 'desc' : 'asc' };
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

/** A link to the board with some of the query changed; defaults are left out of the URL. */
export function progressHref(query: ProgressQuery, change: Partial<ProgressQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.step !== null) params.set('step', String(next.step));
  if (next.state !== null) params.set('state', next.state);
  if (next.sort !== 'name') params.set('sort', next.sort);
  if (next.dir !== 'asc') params.set('dir', next.dir);
  const s = params.toString();
  return s ? `/district/progress?${s}` : '/district/progress';
}

/** Clicking a column header sorts by it; clicking it again reverses the order. */
export function sortHref(query: ProgressQuery, sort: SortKey): string {
  const dir = query.sort === sort && query.dir === 'asc' ? 'desc' : 'asc';
  return progressHref(query, { sort, dir });
}
