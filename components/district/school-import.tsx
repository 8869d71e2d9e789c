'use client';
// The school list import: choose a file, see what would be registered and every row error,
// register all at once, and take the heads' initial passwords away — they are shown here
// once and saved only by the user (a CSV made in the browser, never on the server).
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { fullNameOf } from '@/lib/core/russian';
import type { RowError, SchoolListRow } from '@/lib/domain/import/school-list';
import type { ActionResult } from '@/lib/server/action-result';
import type { ImportedSchool, SchoolImportCheck, SchoolImportResult } from '@/lib/server/district/import-schools';

type Action<T> = (input: FormData) => Promise<ActionResult<T>>;

function Errors({ errors }: { errors: RowError[] }) {
  return (
    <div className="card" data-import-errors>
      <h2>Ошибки в файле: {errors.length}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.line}>
            {e.line > 0 ? `Строка ${e.line}: ` : ''}
            {e.messages.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Ready({ rows }: { rows: SchoolListRow[] }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th>Строка</th>
          <th>Организация</th>
          <th>Руководитель</th>
          <th>Эл. почта (логин)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.line}>
            <td>{r.line}</td>
            <td>{r.shortName}</td>
            <td>
              {r.headPosition} {fullNameOf({ lastName: r.headLastName, firstName: r.headFirstName, middleName: r.headMiddleName })}
            </td>
            <td>{r.headEmail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function passwordsCsv(schools: ImportedSchool[]): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [['Организация', 'Руководитель', 'Логин', 'Временный пароль'], ...schools.map((s) => [s.shortName, s.headName, s.email, s.password])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}`;
}

function Imported({ schools }: { schools: ImportedSchool[] }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([passwordsCsv(schools)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'Пароли руководителей.csv' });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="card" data-import-result>
      <h2>Зарегистрировано организаций: {schools.length}</h2>
      <p className="notice">
        Временные пароли показаны один раз и нигде не хранятся. Сохраните их сейчас и передайте руководителям лично.
      </p>
      <p className="row">
        <button type="button" onClick={download}>
          Скачать логины и пароли (CSV)
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Распечатать
        </button>
      </p>
      <table className="data">
        <thead>
          <tr>
            <th>Организация</th>
            <th>Руководитель</th>
            <th>Логин</th>
            <th>Временный пароль</th>
          </tr>
        </thead>
        <tbody>
          {schools.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/schools/${s.id}`}>{s.shortName}</Link>
              </td>
              <td>{s.headName}</td>
              <td>{s.email}</td>
              <td>
                <code>{s.password}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SchoolImport({ preview, commit }: { preview: Action<SchoolImportCheck>; commit: Action<SchoolImportResult> }) {
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<SchoolImportCheck | null>(null);
  const [imported, setImported] = useState<ImportedSchool[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const send = <T,>(action: Action<T>, then: (data: T) => void) =>
    start(async () => {
      if (!file) return setError('Выберите файл XLSX или CSV.');
      const form = new FormData();
      form.append('file', file);
      const res = await action(form);
      if (!res.ok) return setError(res.fieldErrors?.file?.[0] ?? res.error);
      setError(null);
      then(res.data);
    });

  if (imported) return <Imported schools={imported} />;
  return (
    <div className="stack">
      <div className="row">
        <div className="field">
          <label htmlFor="school-list">Файл со списком школ</label>
          <input
            id="school-list"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setCheck(null);
              setError(null);
            }}
          />
        </div>
        <button type="button" disabled={pending || !file} onClick={() => send(preview, setCheck)}>
          {pending && !check ? 'Проверка…' : 'Проверить файл'}
        </button>
      </div>
      {error && <p className="form-error">{error}</p>}
      {check && check.errors.length > 0 && <Errors errors={check.errors} />}
      {check && check.rows.length > 0 && (
        <div className="card">
          <h2>
            {check.errors.length ? 'Строки без ошибок' : 'Будут зарегистрированы'}: {check.rows.length}
          </h2>
          <Ready rows={check.rows} />
          {check.errors.length === 0 && (
            <p>
              <button
                type="button"
                disabled={pending}
                onClick={() => send(commit, (r) => (r.errors.length ? setCheck({ rows: [], errors: r.errors }) : setImported(r.imported)))}
              >
                {pending ? 'Регистрация…' : `Зарегистрировать школы (${check.rows.length}) и учётные записи руководителей`}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
