'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import type { ActionResult } from '@/lib/server/action-result';

type Input = { given: true; date: string } | { given: false };

/** Gives (with its date) or withdraws one's consent to electronic HR documents. */
export function HrConsentForm({ given, today, action }: { given: boolean; today: string; action: (input: Input) => Promise<ActionResult<void>> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const submit = (input: Input) =>
    start(async () => {
      const res = await action(input);
      setError(res.ok ? null : res.error);
      if (res.ok) router.refresh();
    });
  return (
    <div className="stack">
      {given ? (
        <button type="button" className="secondary" disabled={pending} onClick={() => submit({ given: false })}>
          Отозвать согласие
        </button>
      ) : (
        <div className="row">
          <div className="field">
            <label htmlFor="hr-consent-date">Дата согласия</label>
            <DateInput id="hr-consent-date" value={date} onChange={setDate} />
          </div>
          <button type="button" disabled={pending} onClick={() => submit({ given: true, date })}>
            Даю согласие на электронный кадровый документооборот
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
