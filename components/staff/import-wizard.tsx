'use client';
// The staff import in the browser: upload → header row and column mapping (guessed from the
// Russian headers) → preview with row errors → commit. The rows stay here between steps;
// the server re-reads and re-checks them at each step and trusts nothing from the preview.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import { useHydrated } from '@/components/form/use-hydrated';
import { type ColumnMapping, emptyMapping, guessMapping, STAFF_COLUMNS, type StaffColumn } from '@/lib/domain/import/columns';
import type { StaffCheck } from '@/lib/domain/import/staff-rows';
import { MAX_SPREADSHEET_BYTES, megabytes } from '@/lib/domain/uploads';
import { staffFileSchema } from '@/lib/domain/validations/person';
import type { ActionResult } from '@/lib/server/action-result';
import type { StaffSheet } from '@/lib/server/people/read-staff-file';
import { ImportPreview } from './import-preview';

interface Props {
  today: string;
  read: (raw: unknown) => Promise<ActionResult<StaffSheet>>;
  preview: (raw: unknown) => Promise<ActionResult<StaffCheck>>;
  commit: (raw: unknown) => Promise<ActionResult<{ count: number }>>;
}

const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26));
const messageOf = (res: { error: string; fieldErrors?: Record<string, string[]> }) =>
  [...new Set([...Object.values(res.fieldErrors ?? {}).flat(), ...(res.fieldErrors ? [] : [res.error])])].join(' ');

export function ImportWizard({ today, read, preview, commit }: Props) {
  const router = useRouter();
  const [sheet, setSheet] = useState<StaffSheet | null>(null);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>(emptyMapping());
  const [consent, setConsent] = useState(false);
  const [consentDate, setConsentDate] = useState(today);
  const [check, setCheck] = useState<StaffCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();

  const input = () => ({ rows: sheet!.rows, headerRow, mapping, personalDataConsent: consent, personalDataConsentDate: consent ? consentDate : '' });
  const changed = (apply: () => void) => {
    apply();
    setCheck(null);
    setError(null);
  };

  const upload = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get('file');
    const valid = staffFileSchema.safeParse({ file: file instanceof File && file.name ? file : undefined });
    if (!valid.success) return setError(valid.error.issues[0]!.message);
    // A new file starts over: nothing of the previous one stays on screen.
    setSheet(null);
    setCheck(null);
    setError(null);
    start(async () => {
      const res = await read(data);
      if (!res.ok) return setError(messageOf(res));
      setSheet(res.data);
      setHeaderRow(res.data.headerRow);
      setMapping(res.data.mapping);
    });
  };

  const run = (step: 'preview' | 'commit') =>
    start(async () => {
      if (step === 'preview') {
        const res = await preview(input());
        setCheck(res.ok ? res.data : null);
        return setError(res.ok ? null : messageOf(res));
      }
      const res = await commit(input());
      if (res.ok) return router.push(`/staff?imported=${res.data.count}`);
      setError(messageOf(res));
    });

  const headers = sheet?.rows[headerRow] ?? [];
  const width = Math.max(headers.length, ...(sheet?.rows.slice(headerRow, headerRow + 50).map((r) => r.length) ?? [0]));
  const personalColumns = mapping.birthDate !== null || mapping.pedagogicalStart !== null;
  const bad = check?.errorLines ?? [];

  return (
    <div className="stack">
      <form className="card row" onSubmit={upload}>
        <div className="field">
          <label htmlFor="staff-file">Файл со списком сотрудников (XLSX или CSV, до {megabytes(MAX_SPREADSHEET_BYTES)})</label>
          <input id="staff-file" name="file" type="file" accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
        </div>
        <button type="submit" disabled={!hydrated || pending}>
          {pending ? 'Чтение…' : 'Загрузить файл'}
        </button>
      </form>

      {sheet && (
        <div className="card stack">
          <p>
            Файл «{sheet.fileName}»: строк — {sheet.rows.length}. Укажите строку заголовков и столбцы.
          </p>
          <div className="row">
            <div className="field">
              <label htmlFor="header-row">Строка заголовков</label>
              <select id="header-row" value={headerRow} onChange={(e) => changed(() => {
                const n = Number(e.target.value);
                setHeaderRow(n);
                setMapping(guessMapping(sheet.rows[n] ?? []));
              })}>
                {sheet.rows.slice(0, 20).map((row, i) => (
                  <option key={i} value={i}>
                    {i + 1}: {row.filter(Boolean).join(' | ').slice(0, 80) || '(пустая)'}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="grid">
            {STAFF_COLUMNS.map((c) => (
              <div className="field" key={c.key}>
                <label htmlFor={`map-${c.key}`}>{c.label}</label>
                <select
                  id={`map-${c.key}`}
                  value={mapping[c.key] ?? ''}
                  onChange={(e) => changed(() => setMapping({ ...mapping, [c.key as StaffColumn]: e.target.value === '' ? null : Number(e.target.value) }))}
                >
                  <option value="">— нет в файле —</option>
                  {Array.from({ length: width }, (_, i) => (
                    <option key={i} value={i}>
                      {letter(i)}: {headers[i] || '(без заголовка)'}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <label>
            <input type="checkbox" checked={consent} onChange={(e) => changed(() => setConsent(e.target.checked))} /> Школа располагает согласиями этих
            сотрудников на обработку персональных данных (152-ФЗ)
          </label>
          {consent && (
            <div className="field">
              <label htmlFor="consent-date">Дата согласий</label>
              <DateInput id="consent-date" value={consentDate} onChange={(v) => changed(() => setConsentDate(v))} />
            </div>
          )}
          {personalColumns && !consent && (
            <p className="notice">
              Дата рождения и дата начала педагогической деятельности не будут загружены: они хранятся только при согласии сотрудников на обработку
              персональных данных.
            </p>
          )}
          <p>
            <button type="button" disabled={pending} onClick={() => run('preview')}>
              {pending ? 'Проверка…' : 'Проверить'}
            </button>
          </p>
        </div>
      )}

      {error && <p className="form-error">{error}</p>}

      {check && (
        <div className="stack">
          {check.personalDataDropped && <p className="notice">Столбцы с датой рождения и началом педагогической деятельности пропущены: нет согласия на обработку персональных данных.</p>}
          {check.rows.length === 0 ? (
            <p className="notice">Под строкой заголовков нет строк с сотрудниками.</p>
          ) : bad.length ? (
            <p className="form-error" data-testid="import-errors">
              Ошибки в строках: {bad.join(', ')}. Ничего не будет записано, пока они есть: исправьте файл и загрузите его снова.
            </p>
          ) : (
            <p className="form-ok">Ошибок нет: к загрузке сотрудников — {check.rows.length}.</p>
          )}
          {check.rows.length > 0 && <ImportPreview check={check} />}
          {check.rows.length > 0 && bad.length === 0 && (
            <p>
              <button type="button" disabled={pending} onClick={() => run('commit')}>
                {pending ? 'Запись…' : `Загрузить сотрудников: ${check.rows.length}`}
              </button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
