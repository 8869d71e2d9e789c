'use client';
// The emblem of the organization's бланк: upload a PNG or JPEG (up to 1 MB, judged by its
// content on the server) or remove it. Sent as FormData because of the file.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { FormStatus } from '@/components/form/form-status';
import { useHydrated } from '@/components/form/use-hydrated';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  organizationId: string;
  /** The current emblem as a data: URL, or null. */
  current: string | null;
  action: (data: FormData) => Promise<ActionResult<{ id: string; emblem: boolean }>>;
}

export function EmblemForm({ organizationId, current, action }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const submit = (data: FormData) =>
    start(async () => {
      const res = await action(data);
      setSaved(res.ok);
      setError(res.ok ? null : [res.error, ...Object.values(res.fieldErrors ?? {}).flat()].filter((m, i, all) => all.indexOf(m) === i).join(' '));
      if (res.ok) router.refresh();
    });
  return (
    <form
      className="card stack"
      style={{ maxWidth: '52rem', marginTop: '1.5rem' }}
      aria-label="Эмблема на бланке"
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
    >
      <h2>Эмблема на бланке</h2>
      <p className="muted">
        Печатается над наименованием организации в каждом приказе (не выше 17 мм, пропорции сохраняются). Файл PNG или JPEG до 1 МБ.
      </p>
      {current && (
        // eslint-disable-next-line @next/next/no-img-element -- a data: URL of the stored emblem; next/image has nothing to optimise
        <img src={current} alt="Текущая эмблема" style={{ maxHeight: '4rem', maxWidth: '8rem', alignSelf: 'flex-start' }} />
      )}
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="field">
        <label htmlFor="emblem-file">{current ? 'Заменить эмблему' : 'Файл эмблемы'}</label>
        <input id="emblem-file" type="file" name="emblem" accept="image/png,image/jpeg" />
      </div>
      <FormStatus error={error} saved={saved} />
      <div className="row">
        <button type="submit" disabled={!hydrated || pending}>
          {pending ? 'Сохранение…' : 'Сохранить эмблему'}
        </button>
        {current && (
          <button
            type="button"
            className="secondary"
            disabled={!hydrated || pending}
            onClick={() => {
              const data = new FormData();
              data.set('organizationId', organizationId);
              data.set('remove', 'true');
              submit(data);
            }}
          >
            Убрать эмблему
          </button>
        )}
      </div>
    </form>
  );
}
