import type { Metadata } from 'next';
import Link from 'next/link';
import { applyProgressQuery, pageOfRows, parseProgressQuery, progressHref, type SortKey, sortHref, STEP_SHORT_LABELS } from '@/lib/domain/district/progress-query';
import { can } from '@/lib/domain/permissions';
import { STEP_LABELS } from '@/lib/domain/school/path';
import { loadProgressBoard } from '@/lib/server/district/progress';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Ход внедрения' };

const MARK = { done: '✓', progress: '…', todo: '—' } as const;

/** The steps a school has not finished, in order, with what each still lacks. */
const missingOf = (r: { states: readonly string[]; notes: readonly string[] }) =>
  r.states.flatMap((state, i) => (state === 'done' ? [] : [{ step: i + 1, note: r.notes[i] }]));

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, read } = await scopedPage('progress.view');
  const query = parseProgressQuery(await searchParams);
  const { rows: all, stepTitles } = await read(loadProgressBoard);
  const matching = applyProgressQuery(all, query);
  const { rows, page, pages } = pageOfRows(matching, query);
  const arrow = (key: SortKey) => (query.sort === key ? (query.dir === 'asc' ? ' ▲' : ' ▼') : '');
  const region = can(scope, 'districts.view');
  return (
    <>
      <h1>Ход внедрения наставничества</h1>
      <p className="muted">
        Шаги пути каждой школы: ✓ выполнено, … в работе, — не начато. Наведите на отметку, чтобы увидеть, чего не хватает;
        название школы открывает её документы.
      </p>
      <form className="row" method="get" action="/district/progress">
        <div className="field">
          <label htmlFor="q">Поиск по названию</label>
          <input id="q" name="q" defaultValue={query.q} />
        </div>
        <div className="field">
          <label htmlFor="step">Шаг</label>
          <select id="step" name="step" defaultValue={query.step ?? ''}>
            <option value="">любой</option>
            {stepTitles.map((title, i) => (
              <option key={title} value={i + 1}>
                {i + 1}. {title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="state">Состояние шага</label>
          <select id="state" name="state" defaultValue={query.state ?? ''}>
            <option value="">любое</option>
            {(['done', 'progress', 'todo'] as const).map((s) => (
              <option key={s} value={s}>
                {STEP_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {query.sort !== 'name' && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir !== 'asc' && <input type="hidden" name="dir" value={query.dir} />}
        <button type="submit">Показать</button>
        <Link href="/district/progress">Сбросить</Link>
      </form>
      <p>
        Школ: {matching.length} из {all.length}
        {pages > 1 && ` · страница ${page} из ${pages}`}
      </p>
      {rows.length === 0 ? (
        <p className="notice">Нет школ, подходящих под условия.</p>
      ) : (
        <table className="data" data-progress-board>
          <thead>
            <tr>
              <th>
                <Link href={sortHref(query, 'name')}>Организация{arrow('name')}</Link>
              </th>
              {region && <th>Муниципалитет</th>}
              {STEP_SHORT_LABELS.map((label, i) => (
                <th key={label} title={`${i + 1}. ${stepTitles[i]}`}>
                  <Link href={sortHref(query, `step${i + 1}`)}>
                    {i + 1}. {label}
                    {arrow(`step${i + 1}`)}
                  </Link>
                </th>
              ))}
              <th>
                <Link href={sortHref(query, 'done')}>Выполнено{arrow('done')}</Link>
              </th>
              <th>Чего не хватает</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-school={r.shortName}>
                <td>
                  <Link href={`/documents?org=${r.id}`}>{r.shortName}</Link>
                </td>
                {region && <td>{r.districtName}</td>}
                {/* Plain links, not client <Link>s: nine per school weigh on every render of a big board. The mark is
                    hidden from screen readers, so the title is the link's name as well as its tooltip. */}
                {r.states.map((state, i) => (
                  <td key={i} data-step={i + 1} data-state={state}>
                    <a href={progressHref(query, { step: i + 1, state })} title={`${i + 1}. ${STEP_LABELS[state]}: ${r.notes[i]}`} className={`badge mark ${state}`}>
                      <span aria-hidden="true">{MARK[state]}</span>
                    </a>
                  </td>
                ))}
                <td>{r.done} из 9</td>
                <td className="progress-missing" data-missing>
                  {/* What a school still misses is read here, not only in a tooltip: the next step in full, the rest by number. */}
                  {missingOf(r)
                    .slice(0, 2)
                    .map((m, k) => (
                      <div key={m.step} className={k === 0 ? undefined : 'muted'}>
                        {m.step}. {STEP_SHORT_LABELS[m.step - 1]}: {m.note}
                      </div>
                    ))}
                  {missingOf(r).length > 2 && <div className="muted">и ещё шагов: {missingOf(r).length - 2}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="row" aria-label="Страницы">
          {page > 1 && <Link href={progressHref(query, { page: page - 1 })}>← Предыдущая</Link>}
          <span>
            Страница {page} из {pages}
          </span>
          {page < pages && <Link href={progressHref(query, { page: page + 1 })}>Следующая →</Link>}
        </nav>
      )}
    </>
  );
}
