import type { Metadata } from 'next';
import Link from 'next/link';
import { curatorsOf, mentorsOf, TRAINING_LABELS } from '@/lib/server/district/mentors';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'База наставников' };

/** The page shows this many of each list; the XLSX export has them all. */
const SHOWN = 300;

export default async function MentorsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { read } = await scopedPage('progress.view');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? '';
  const [mentors, curators] = await Promise.all([read(mentorsOf, { q, limit: SHOWN + 1 }), read(curatorsOf, { q, limit: SHOWN + 1 })]);
  const exportHref = `/district/mentors/export${q ? `?q=${encodeURIComponent(q)}` : ''}`;
  const more = (n: number) => n > SHOWN && <p className="muted">Показаны первые {SHOWN}; полный список — в выгрузке XLSX.</p>;
  return (
    <>
      <h1>База наставников и кураторов</h1>
      <form className="row" method="get" action="/district/mentors">
        <div className="field">
          <label htmlFor="q">Поиск: Ф.И.О., школа, должность, предмет, компетенция</label>
          <input id="q" name="q" defaultValue={q} />
        </div>
        <button type="submit">Найти</button>
        {q && <Link href="/district/mentors">Сбросить</Link>}
        <a className="button" href={exportHref} download>
          Выгрузить в XLSX
        </a>
      </form>
      <h2>Наставники: {mentors.length > SHOWN ? `более ${SHOWN}` : mentors.length}</h2>
      {mentors.length === 0 ? (
        <p className="notice">{q ? 'Никого не нашлось.' : 'Школы ещё не сформировали банки наставников.'}</p>
      ) : (
        <table className="data" data-mentors tabIndex={0}>
          <thead>
            <tr>
              <th>Организация</th>
              <th>Ф.И.О.</th>
              <th>Должность, предметы</th>
              <th>Компетенции</th>
              <th>Обучение</th>
              <th>Наставляемых</th>
            </tr>
          </thead>
          <tbody>
            {mentors.slice(0, SHOWN).map((m) => (
              <tr key={m.personId}>
                <td>{m.school}</td>
                <td>{m.fullName}</td>
                <td>
                  {m.position}
                  {m.subjects.length > 0 && <div className="muted">{m.subjects.join(', ')}</div>}
                </td>
                <td>{m.competences.join('; ')}</td>
                <td>{TRAINING_LABELS[m.training]}</td>
                <td>
                  {m.load} из {m.limit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more(mentors.length)}
      <h2>Кураторы: {curators.length > SHOWN ? `более ${SHOWN}` : curators.length}</h2>
      {curators.length === 0 ? (
        <p className="notice">{q ? 'Никого не нашлось.' : 'Кураторы в школах ещё не назначены.'}</p>
      ) : (
        <table className="data" data-curators tabIndex={0}>
          <thead>
            <tr>
              <th>Организация</th>
              <th>Ф.И.О.</th>
              <th>Должность</th>
              <th>Эл. почта</th>
            </tr>
          </thead>
          <tbody>
            {curators.slice(0, SHOWN).map((c) => (
              <tr key={c.userId}>
                <td>{c.school}</td>
                <td>{c.fullName}</td>
                <td>{c.position || '—'}</td>
                <td>{c.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more(curators.length)}
    </>
  );
}
