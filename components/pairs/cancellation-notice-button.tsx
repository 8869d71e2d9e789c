'use client';
// Registers the employer's notice of cancellation under the next number of the school's series
// of notices («У-N»), dated the day it is handed over: irreversible, so a dialog says so first. The issued
// notice (with the mentor's receipt block) is then printed from the register.
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import { useHydrated } from '@/components/form/use-hydrated';
import { formatDate } from '@/lib/core/russian';
import type { CancellationNoticeInput } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';

export function CancellationNoticeButton({
  input,
  action,
}: {
  input: CancellationNoticeInput & { noticeDate: string };
  action: (input: CancellationNoticeInput) => Promise<ActionResult<{ id: string; number: string | null }>>;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ id: string; number: string | null } | null>(null);
  const { ask, dialog } = useConfirm();
  const hydrated = useHydrated();
  if (issued) {
    return (
      <p>
        Уведомление зарегистрировано: <Link href={`/documents/${issued.id}`}>№ {issued.number}</Link> —{' '}
        <a href={`/documents/${issued.id}/download/document.pdf`}>PDF для вручения</a>
      </p>
    );
  }
  return (
    <div className="row">
      <button
        type="button"
        className="secondary"
        disabled={!hydrated || pending}
        onClick={() => {
          void ask({
            title: 'Зарегистрировать уведомление?',
            message: `Уведомление получит следующий номер журнала регистрации от ${formatDate(input.noticeDate)} и станет неизменяемым: исправить его можно будет только новым документом.`,
            confirmLabel: 'Зарегистрировать',
          }).then((ok) => {
            if (!ok) return;
            start(async () => {
              const res = await action(input);
              if (!res.ok) return setError(res.error);
              setError(null);
              setIssued(res.data);
            });
          });
        }}
      >
        {pending ? 'Регистрация…' : 'Зарегистрировать уведомление с номером'}
      </button>
      {error && <span className="form-error">{error}</span>}
      {dialog}
    </div>
  );
}
