'use client';
// «Отметить все полученными»: the papers of a set signed and brought back together are
// recorded with one date and one click (a pair's set, or every pair on the page).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import { useHydrated } from '@/components/form/use-hydrated';
import { plural } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';

export function MarkAllReceived({
  consentIds,
  today,
  label,
  action,
}: {
  /** The consents of the set still requested. */
  consentIds: string[];
  today: string;
  /** Names the form: «Все запрошенные согласия пары Ивановой И.И.». */
  label: string;
  action: (input: { consentIds: string[]; date: string }) => Promise<ActionResult<{ marked: number; skipped: number }>>;
}) {
  const router = useRouter();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const n = consentIds.length;
  return (
    <form
      className="row bulk-mark"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await action({ consentIds, date });
          if (!res.ok) {
            setDone(null);
            return setError(res.fieldErrors?.date?.[0] ?? res.error);
          }
          setError(null);
          setDone(`Отмечено полученными: ${res.data.marked}.${res.data.skipped ? ` Уже были отмечены раньше: ${res.data.skipped}.` : ''}`);
          router.refresh();
        });
      }}
    >
      <div className="field">
        <label htmlFor={`bulk-${consentIds[0]}`}>Дата получения</label>
        <DateInput id={`bulk-${consentIds[0]}`} value={date} onChange={setDate} />
      </div>
      <button type="submit" className="secondary" disabled={!hydrated || pending}>
        {pending ? 'Сохранение…' : `Отметить все полученными (${n} ${plural(n, ['документ', 'документа', 'документов'])})`}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      {done && (
        <span className="form-ok" role="status">
          {done}
        </span>
      )}
    </form>
  );
}
