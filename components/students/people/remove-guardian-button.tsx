'use client';
// Removing a legal representative after a confirmation; a consent they signed keeps its record.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  guardianId: string;
  name: string;
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
}

export function RemoveGuardianButton({ guardianId, name, action }: Props) {
  const router = useRouter();
  const { ask, dialog } = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const remove = async () => {
    const ok = await ask({
      title: 'Удалить представителя?',
      message: `${name} будет удалён(а) из карточки обучающегося. Подписанные им согласия останутся в реестре.`,
      confirmLabel: 'Удалить',
    });
    if (!ok) return;
    start(async () => {
      const res = await action({ guardianId });
      if (!res.ok) return setError(res.error);
      router.refresh();
    });
  };
  return (
    <>
      <button type="button" className="secondary" disabled={pending} onClick={remove}>
        Удалить
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      {dialog}
    </>
  );
}
