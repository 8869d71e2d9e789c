'use client';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

/** Issues a one-time password and shows it this once: it is stored only as a hash. */
export function ResetPasswordButton({
  userId,
  action,
}: {
  userId: string;
  action: (input: { userId: string }) => Promise<ActionResult<{ email: string; password: string }>>;
}) {
  const [pending, start] = useTransition();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (shown)
    return (
      <span role="status">
        Временный пароль: <code>{shown}</code> — передайте его владельцу; он сменит его при входе. Больше он показан не будет.
      </span>
    );
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            if (!window.confirm('Сбросить пароль? Все сеансы этой учётной записи будут завершены.')) return;
            const res = await action({ userId });
            if (res.ok) setShown(res.data.password);
            else setError(res.error);
          })
        }
      >
        Сбросить пароль
      </button>
      {error && <span className="form-error"> {error}</span>}
    </>
  );
}
