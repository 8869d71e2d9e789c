'use client';
// One row of an acknowledgement sheet: the keeper records a paper signature's date,
// the person themselves acknowledges in the app.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import { formatDate } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';

function useRowAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const res = await call();
      setError(res.ok ? null : res.error);
      if (res.ok) router.refresh();
    });
  return { error, pending, run };
}

export function PaperAcknowledgement({
  acknowledgementId,
  date,
  min,
  max,
  action,
}: {
  acknowledgementId: string;
  date: string | null;
  min: string;
  max: string;
  action: (input: { acknowledgementId: string; date: string | null }) => Promise<ActionResult<void>>;
}) {
  const [value, setValue] = useState(date ?? max);
  const { error, pending, run } = useRowAction();
  return (
    <span className="row">
      <DateInput aria-label="Дата подписи" title={`Не раньше ${formatDate(min)} и не позже ${formatDate(max)}`} value={value} onChange={setValue} />
      <button type="button" className="secondary" disabled={pending} onClick={() => run(() => action({ acknowledgementId, date: value }))}>
        Отметить подпись
      </button>
      {date && (
        <button type="button" className="secondary" disabled={pending} onClick={() => run(() => action({ acknowledgementId, date: null }))}>
          Снять отметку
        </button>
      )}
      {error && <span className="form-error">{error}</span>}
    </span>
  );
}

export function AcknowledgeButton({
  acknowledgementId,
  consented,
  localAct,
  action,
}: {
  acknowledgementId: string;
  /** Without the employer's local act on electronic HR documents (ст. 22.2 ТК РФ) nobody acknowledges in the app. */
  localAct: boolean;
  /** Without consent to electronic HR documents the server refuses: say so instead of offering the button. */
  consented: boolean;
  action: (input: { acknowledgementId: string }) => Promise<ActionResult<{ acknowledgedOn: string }>>;
}) {
  const { error, pending, run } = useRowAction();
  if (!localAct)
    return (
      <span className="muted" data-no-local-act>
        В системе — только после принятия организацией локального акта об электронном кадровом документообороте (ст. 22.2 ТК РФ): распишитесь в листе
        ознакомления на бумаге.
      </span>
    );
  if (!consented)
    return (
      <span className="muted" data-no-hr-consent>
        В системе — только с согласием на электронный кадровый документооборот (ст. 22.1 ТК РФ): дайте его в разделе{' '}
        <Link href="/account">«Моя учётная запись»</Link> или распишитесь в листе ознакомления на бумаге.
      </span>
    );
  return (
    <span>
      <button type="button" disabled={pending} onClick={() => run(() => action({ acknowledgementId }))}>
        Ознакомлен(а)
      </button>
      {error && <span className="form-error"> {error}</span>}
    </span>
  );
}
