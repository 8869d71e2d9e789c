'use client';
// A button that runs one server action with a fixed input, shows its Russian error beside it
// and refreshes the page on success (or goes to `redirectTo`).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

export function ActionButton<I, T>({
  action,
  input,
  label,
  pendingLabel,
  confirm,
  secondary,
  redirectTo,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  label: string;
  pendingLabel: string;
  confirm?: string;
  secondary?: boolean;
  redirectTo?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="row">
      <button
        type="button"
        className={secondary ? 'secondary' : undefined}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          start(async () => {
            const res = await action(input);
            if (!res.ok) return setError(res.error);
            setError(null);
            if (redirectTo) router.push(redirectTo);
            else router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </button>
      {error && <span className="form-error">{error}</span>}
    </span>
  );
}
