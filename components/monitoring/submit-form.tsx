'use client';
// A school confirms the figures it sees and submits them; the server recomputes them and
// refuses if they changed in between.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useHydrated } from '@/components/form/use-hydrated';
import type { SubmitFiguresInput } from '@/lib/domain/validations/monitoring';
import type { ActionResult } from '@/lib/server/action-result';

export function SubmitForm({
  campaignId,
  version,
  again,
  action,
}: {
  campaignId: string;
  version: string;
  again: boolean;
  action: (input: SubmitFiguresInput) => Promise<ActionResult<{ resubmitted: boolean }>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const res = await action({ campaignId, version });
          if (!res.ok) return setError(res.error);
          setError(null);
          router.refresh();
        });
      }}
    >
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? 'Отправка…' : again ? 'Подтвердить и отправить повторно' : 'Подтвердить и отправить'}
      </button>
      {error && <p className="form-error">{error}</p>}
    </form>
  );
}
