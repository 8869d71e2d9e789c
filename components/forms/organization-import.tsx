'use client';
// The import of a list of organizations (schools of a district, municipalities of a region):
// choose a file (its size checked here, before sending), see what would be registered and
// every row error, register all at once, and take the one-time passwords away — shown here
// once and saved only by the user (a CSV made in the browser, never on the server).
import Link from 'next/link';
import { useState, useTransition } from 'react';
import type { RowError } from '@/lib/domain/import/organization-list';
import { fileSizeProblem, MAX_SPREADSHEET_BYTES, megabytes, SPREADSHEET_ADVICE } from '@/lib/domain/uploads';
import type { ActionResult } from '@/lib/server/action-result';

type Action<T> = (input: FormData) => Promise<ActionResult<T>>;

/** What a row or a registered organization shows: the organization, its person, the login. */
export interface ImportLine {
  line: number;
  organization: string;
  person: string;
  email: string;
}

export interface Registered extends ImportLine {
  id: string;
  password: string;
}

export interface ImportTexts {
  /** «Файл со списком школ». */
  fileLabel: string;
  /** «Руководитель», «Координатор». */
  personHeader: string;
  /** «Зарегистрировать школы (3) и учётные записи руководителей». */
  registerLabel(count: number): string;
  /** «Пароли руководителей.csv». */
  passwordsFile: string;
  /** «руководителям», «координаторам». */
  handTo: string;
  /** Where a registered organization's link leads, if anywhere. */
  linkBase?: string;
}

interface Check<R> {
  rows: R[];
  errors: RowError[];
}

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

function Ready({ rows, texts }: { rows: ImportLine[]; texts: ImportTexts }) {
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th>Строка</th>
            <th>Организация</th>
            <th>{texts.personHeader}</th>
            <th>Эл. почта (логин)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.organization}</td>
              <td>{r.person}</td>
              <td>{r.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function passwordsCsv(done: Registered[], texts: ImportTexts): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = [['Организация', texts.personHeader, 'Логин', 'Временный пароль'], ...done.map((s) => [s.organization, s.person, s.email, s.password])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}`;
}

function Imported({ done, texts }: { done: Registered[]; texts: ImportTexts }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([passwordsCsv(done, texts)], { type: 'text/csv;charset=utf-8' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: texts.passwordsFile });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="card" data-import-result>
      <h2>Зарегистрировано организаций: {done.length}</h2>
      <p className="notice">
        Временные пароли показаны один раз и нигде не хранятся. Сохраните их сейчас и передайте {texts.handTo} лично: при первом входе
        каждый сменит свой пароль.
      </p>
      <p className="row">
        <button type="button" onClick={download}>
          Скачать логины и пароли (CSV)
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Распечатать
        </button>
      </p>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th>Организация</th>
              <th>{texts.personHeader}</th>
              <th>Логин</th>
              <th>Временный пароль</th>
            </tr>
          </thead>
          <tbody>
            {done.map((s) => (
              <tr key={s.id}>
                <td>{texts.linkBase ? <Link href={`${texts.linkBase}/${s.id}`}>{s.organization}</Link> : s.organization}</td>
                <td>{s.person}</td>
                <td>{s.email}</td>
                <td>
                  <code>{s.password}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function OrganizationImport<R, D>({
  preview,
  commit,
  texts,
  showRow,
  showDone,
}: {
  preview: Action<Check<R>>;
  commit: Action<{ imported: D[]; errors: RowError[] }>;
  texts: ImportTexts;
  showRow(row: R): ImportLine;
  showDone(done: D): Registered;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<Check<R> | null>(null);
  const [imported, setImported] = useState<Registered[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const send = <T,>(action: Action<T>, then: (data: T) => void) =>
    start(async () => {
      if (!file) return setError('Выберите файл XLSX или CSV.');
      // Checked here because a file over the server's request limit would never reach the action's own check.
      const tooLarge = fileSizeProblem(file, MAX_SPREADSHEET_BYTES, SPREADSHEET_ADVICE);
      if (tooLarge) return setError(tooLarge);
      const form = new FormData();
      form.append('file', file);
      const res = await action(form);
      if (!res.ok) return setError(res.fieldErrors?.file?.[0] ?? res.error);
      setError(null);
      then(res.data);
    });

  if (imported) return <Imported done={imported} texts={texts} />;
  const rows = check?.rows.map(showRow) ?? [];
  return (
    <div className="stack">
      <div className="row">
        <div className="field">
          <label htmlFor="organization-list">{texts.fileLabel}</label>
          <input
            id="organization-list"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              setCheck(null);
              setError(fileSizeProblem(chosen, MAX_SPREADSHEET_BYTES, SPREADSHEET_ADVICE));
            }}
          />
          <span className="muted">XLSX или CSV, до {megabytes(MAX_SPREADSHEET_BYTES)}</span>
        </div>
        <button type="button" disabled={pending || !file} onClick={() => send(preview, setCheck)}>
          {pending && !check ? 'Проверка…' : 'Проверить файл'}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {check && check.errors.length > 0 && <Errors errors={check.errors} />}
      {check && rows.length > 0 && (
        <div className="card">
          <h2>
            {check.errors.length ? 'Строки без ошибок' : 'Будут зарегистрированы'}: {rows.length}
          </h2>
          <Ready rows={rows} texts={texts} />
          {check.errors.length === 0 && (
            <p>
              <button
                type="button"
                disabled={pending}
                onClick={() => send(commit, (r) => (r.errors.length ? setCheck({ rows: [], errors: r.errors }) : setImported(r.imported.map(showDone))))}
              >
                {pending ? 'Регистрация…' : texts.registerLabel(rows.length)}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
