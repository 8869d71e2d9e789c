'use client';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

export function UserActiveToggle({
  userId,
  active,
  action,
}: {
  userId: string;
  active: boolean;
  action: (input: { userId: string; active: boolean }) => Promise<ActionResult<void>>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {active ? 'активна ' : 'отключена '}
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await action({ userId, active: !active });
            setError(res.ok ? null : res.error);
          })
        }
      >
        {active ? 'Отключить' : 'Включить'}
      </button>
      {error && <span className="form-error"> {error}</span>}
    </>
  );
}
