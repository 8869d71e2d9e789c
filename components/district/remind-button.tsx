'use client';
// The coordinator's reminder to the heads who have not acknowledged a district order: asks
// for confirmation naming how many it reaches, then says how many were reminded. The server
// reminds each head at most once a day, so the button says when a click would add nobody.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { plural } from '@/lib/core/russian/plural';
import type { ActionResult } from '@/lib/server/action-result';

const heads = (n: number) => `${n} ${plural(n, ['руководителю', 'руководителям', 'руководителям'])}`;

export function RemindButton({
  documentId,
  pending,
  due,
  action,
}: {
  documentId: string;
  /** Heads with an account who have not acknowledged. */
  pending: number;
  /** Those of them not reminded today. */
  due: number;
  action: (input: { documentId: string }) => Promise<ActionResult<{ reminded: number; alreadyToday: number }>>;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, start] = useTransition();
  if (pending === 0) return null;
  return (
    <div className="card" data-reminder>
      <div className="row">
        <button
          type="button"
          disabled={busy || due === 0}
          onClick={() => {
            if (!window.confirm(`Отправить напоминание ${heads(due)}, не ознакомившимся с приказом? Они получат уведомление в системе и письмо на почту.`)) return;
            start(async () => {
              const res = await action({ documentId });
              if (!res.ok) return setMessage({ ok: false, text: res.error });
              setMessage({ ok: true, text: res.data.reminded > 0 ? `Напоминание отправлено ${heads(res.data.reminded)}.` : 'Сегодня напоминание уже отправлено всем.' });
              router.refresh();
            });
          }}
        >
          Напомнить не ознакомившимся
        </button>
      </div>
      <p className="muted">
        {due === 0
          ? 'Сегодня напоминание уже отправлено всем, кто не ознакомился. Повторное напоминание можно отправить завтра.'
          : `Напоминание придёт ${heads(due)} (в системе и по электронной почте). Каждому — не чаще раза в день: повторное нажатие сегодня никого не побеспокоит.`}
      </p>
      {message && (
        <p className={message.ok ? 'form-ok' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
