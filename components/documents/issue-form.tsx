'use client';
// Issuing a draft: the date is chosen, the number is given by the register.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import { useHydrated } from '@/components/form/use-hydrated';
import type { ActionResult } from '@/lib/server/action-result';

export function IssueForm({
  documentId,
  today,
  numbered,
  action,
}: {
  documentId: string;
  today: string;
  numbered: boolean;
  action: (input: { documentId: string; issueDate: string }) => Promise<ActionResult<{ number: string | null }>>;
}) {
  const router = useRouter();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await action({ documentId, issueDate: date });
          if (!res.ok) return setError(res.fieldErrors?.issueDate?.[0] ?? res.error);
          setError(null);
          router.refresh();
        });
      }}
    >
      <div className="field">
        <label htmlFor="issue-date">Дата документа</label>
        <DateInput id="issue-date" value={date} onChange={setDate} />
      </div>
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? 'Регистрация…' : numbered ? 'Издать и присвоить номер' : 'Утвердить'}
      </button>
      {error && <p className="form-error">{error}</p>}
    </form>
  );
}
