'use client';
// A plain form posting its fields to one server action as FormData (scans included): lists
// (several mentees) go comma-joined, a Russian error shows under the form, and the page
// refreshes on success. An irreversible step (a withdrawal) asks first.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import type { ActionResult } from '@/lib/server/action-result';

export function StudentActionForm<T>({
  action,
  submit,
  multi = [],
  confirm,
  children,
  className = 'stack',
  label,
}: {
  action: (input: FormData) => Promise<ActionResult<T>>;
  submit: string;
  multi?: string[];
  confirm?: { title: string; message: string; confirmLabel: string };
  children: React.ReactNode;
  className?: string;
  label?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const { ask, dialog } = useConfirm();
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        for (const name of multi) {
          const values = data.getAll(name).map(String);
          data.delete(name);
          data.set(name, values.join(','));
        }
        void (confirm ? ask(confirm) : Promise.resolve(true)).then((ok) => {
          if (!ok) return;
          start(async () => {
            const res = await action(data);
            if (!res.ok) {
              setDone(false);
              const fields = Object.values(res.fieldErrors ?? {}).flat();
              return setError([res.error, ...fields.filter((f) => f !== res.error)].join(' '));
            }
            setError(null);
            setDone(true);
            router.refresh();
          });
        });
      }}
    >
      {children}
      <div className="row">
        <button type="submit" disabled={pending}>
          {pending ? 'Сохранение…' : submit}
        </button>
        {done && !error && <span className="muted">Сохранено</span>}
      </div>
      {error && (
        <p className="form-error" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {error}
        </p>
      )}
      {dialog}
    </form>
  );
}
