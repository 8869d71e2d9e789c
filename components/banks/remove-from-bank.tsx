'use client';
// Takes a person out of a bank; the server refuses while they are in an open pair and says why.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

export function RemoveFromBank({ personId, bank, action }: { personId: string; bank: 'mentor' | 'mentee'; action: (raw: unknown) => Promise<ActionResult<void>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="stack">
      <p>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await action({ personId, bank });
              if (!res.ok) return setError(res.error);
              router.push('/banks');
            })
          }
        >
          {bank === 'mentor' ? 'Исключить из банка наставников' : 'Исключить из банка наставляемых'}
        </button>
      </p>
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
