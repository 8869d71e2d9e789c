'use client';
// The class-list import in the browser: upload → the columns found and every row checked →
// commit. The rows stay here between the steps; the server checks them again at the commit
// and writes all of them or none.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { useHydrated } from '@/components/form/use-hydrated';
import { type PupilCheck, PUPIL_COLUMNS } from '@/lib/domain/students/import-pupils';
import { MAX_SPREADSHEET_BYTES, megabytes } from '@/lib/domain/uploads';
import { pupilFileSchema } from '@/lib/domain/validations/students-people';
import type { ActionResult } from '@/lib/server/action-result';
import type { PupilSheet } from '@/lib/server/students/import';

interface Props {
  read: (raw: unknown) => Promise<ActionResult<PupilSheet>>;
  preview: (raw: unknown) => Promise<ActionResult<PupilCheck>>;
  commit: (raw: unknown) => Promise<ActionResult<{ count: number; guardians: number }>>;
}

const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));
const messageOf = (res: { error: string; fieldErrors?: Record<string, string[]> }) =>
  [...new Set([...Object.values(res.fieldErrors ?? {}).flat(), ...(res.fieldErrors ? [] : [res.error])])].join(' ');

export function PupilImport({ read, preview, commit }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [sheet, setSheet] = useState<PupilSheet | null>(null);
  const [check, setCheck] = useState<PupilCheck | null>(null);
  const [defaultClass, setDefaultClass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const input = () => ({ rows: sheet!.rows, headerRow: sheet!.headerRow, mapping: sheet!.mapping, defaultClass });

  const upload = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    const valid = pupilFileSchema.safeParse({ file: file instanceof File && file.name ? file : undefined });
    if (!valid.success) return setError(valid.error.issues[0]!.message);
    setSheet(null);
    setCheck(null);
    setError(null);
    start(async () => {
      const res = await read(data);
      if (!res.ok) return setError(messageOf(res));
      setSheet(res.data);
      setCheck(res.data.mapping.schoolClass === null ? null : res.data.check);
    });
  };

  const recheck = () =>
    start(async () => {
      const res = await preview(input());
      setCheck(res.ok ? res.data : null);
      setError(res.ok ? null : messageOf(res));
    });

  const save = () =>
    start(async () => {
      const res = await commit(input());
      if (res.ok) return router.push(`/students?imported=${res.data.count}`);
      setError(messageOf(res));
    });

  const found = sheet ? PUPIL_COLUMNS.filter((c) => sheet.mapping[c.key] !== null) : [];
  const bad = check?.errorLines ?? [];

  return (
    <div className="stack">
      <form className="card row" onSubmit={upload}>
        <div className="field">
          <label htmlFor="pupil-file">Список класса (XLSX или CSV, до {megabytes(MAX_SPREADSHEET_BYTES)})</label>
          <input id="pupil-file" name="file" type="file" accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
        </div>
        <button type="submit" disabled={!hydrated || pending}>
          {pending && !sheet ? 'Чтение…' : 'Загрузить файл'}
        </button>
      </form>

      {sheet && (
        <div className="card stack">
          <p>
            Файл «{sheet.fileName}»: строка заголовков — {sheet.headerRow + 1}. Найдены столбцы:{' '}
            {found.length ? found.map((c) => `${letter(sheet.mapping[c.key]!)} — «${c.label}»`).join('; ') : 'ни одного знакомого'}.
          </p>
          {sheet.mapping.schoolClass === null && (
            <div className="row">
              <div className="field">
                <label htmlFor="default-class">В файле нет столбца «Класс»: класс для всех строк</label>
                <input id="default-class" value={defaultClass} placeholder="например 7А" onChange={(e) => setDefaultClass(e.target.value)} />
              </div>
              <button type="button" disabled={pending} onClick={recheck}>
                Проверить
              </button>
            </div>
          )}
        </div>
      )}

      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}

      {check && (
        <div className="stack">
          {check.rows.length === 0 ? (
            <p className="notice">Под строкой заголовков нет строк с обучающимися.</p>
          ) : bad.length ? (
            <div className="form-error" data-testid="import-errors" role="alert">
              <p>Ошибки в строках: {bad.join(', ')}. Ничего не будет записано, пока они есть: исправьте файл и загрузите его снова.</p>
              <ul>
                {check.rows
                  .flatMap((r) => r.errors)
                  .slice(0, 50)
                  .map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
              </ul>
            </div>
          ) : (
            <p className="form-ok">Ошибок нет: к загрузке обучающихся — {check.rows.length}.</p>
          )}
          {check.rows.length > 0 && (
            <div className="table-scroll">
              <table className="data" data-testid="pupil-preview">
                <thead>
                  <tr>
                    <th>Строка</th>
                    <th>Ф.И.О.</th>
                    <th>Дата рождения</th>
                    <th>Класс</th>
                    <th>Родитель (законный представитель)</th>
                  </tr>
                </thead>
                <tbody>
                  {check.rows.slice(0, 500).map((r) => (
                    <tr key={r.line} className={r.errors.length ? 'row-error' : undefined}>
                      <td>{r.line}</td>
                      <td>{r.values.name}</td>
                      <td>{r.values.birthDate}</td>
                      <td>{r.values.schoolClass}</td>
                      <td>{[r.values.guardian, r.values.relation].filter(Boolean).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {check.rows.length > 0 && bad.length === 0 && (
            <p>
              <button type="button" disabled={pending} onClick={save}>
                {pending ? 'Запись…' : `Загрузить обучающихся: ${check.rows.length}`}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
