'use client';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import type { ActionResult } from '@/lib/server/action-result';

/** Records a consent to electronic HR documents that the person signed on paper. */
export function PaperConsentForm({
  userId,
  today,
  action,
}: {
  userId: string;
  today: string;
  action: (input: { userId: string; date: string }) => Promise<ActionResult<void>>;
}) {
  const [pending, start] = useTransition();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <DateInput aria-label="Дата бумажного согласия" value={date} onChange={setDate} />{' '}
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await action({ userId, date });
            setError(res.ok ? null : res.error);
          })
        }
      >
        Отметить бумажное согласие
      </button>
      {error && <span className="form-error"> {error}</span>}
    </span>
  );
}
