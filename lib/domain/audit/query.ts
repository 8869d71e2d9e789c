// The «Журнал действий» filters as they arrive in the URL: a person, an action, a date range
// and a page. A bad value is dropped with a Russian note, never an error page: the URL is
// typed by hand as often as it is clicked.
import { isoDateField, uuid } from '@/lib/domain/validations/fields';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  actor: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;

export function parseAuditQuery(params: Params): { query: AuditQuery; problems: string[] } {
  const problems: string[] = [];
  const actorRaw = first(params.actor);
  const actor = actorRaw && uuid.safeParse(actorRaw).success ? actorRaw : null;
  if (actorRaw && !actor) problems.push('Сотрудник в фильтре не найден: показаны действия всех.');
  const actionRaw = first(params.action);
  const action = actionRaw && /^[a-z_]+(\.[a-z_]+)*$/.test(actionRaw) && actionRaw.length <= 100 ? actionRaw : null;
  if (actionRaw && !action) problems.push('Такого действия нет: показаны все действия.');
  const date = (name: 'from' | 'to', label: string) => {
    const raw = first(params[name]);
    if (!raw) return null;
    const parsed = isoDateField(label).safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(`${parsed.error.issues[0]!.message} Фильтр по дате не применён.`);
    return null;
  };
  let from = date('from', 'Период с');
  let to = date('to', 'Период по');
  if (from && to && from > to) {
    problems.push('Начало периода позже его конца: даты переставлены.');
    [from, to] = [to, from];
  }
  const pageRaw = Number(first(params.page) ?? '1');
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 && pageRaw <= 100_000 ? pageRaw : 1;
  return { query: { actor, action, from, to, page }, problems };
}

export function auditHref(query: AuditQuery, change: Partial<AuditQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.actor) params.set('actor', next.actor);
  if (next.action) params.set('action', next.action);
  if (next.from) params.set('from', next.from);
  if (next.to) params.set('to', next.to);
  if (next.page > 1) params.set('page', String(next.page));
  const s = params.toString();
  return s ? `/audit?${s}` : '/audit';
}
