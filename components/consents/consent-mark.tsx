'use client';
// The mark of one consent: received (date, optional scan, the number of an additional
// agreement), declined or withdrawn (date). Sent as FormData because of the scan; the server
// validates with the shared schema and checks the file's first bytes.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import { DateInput } from '@/components/form/date-input';
import { useHydrated } from '@/components/form/use-hydrated';
import { dateEntryValue, formatDate } from '@/lib/core/russian';
import type { ConsentStatus } from '@/lib/domain/mentoring/consents';
import { MAX_SCAN_BYTES, SCAN_ADVICE } from '@/lib/domain/mentoring/scan-file';
import { withdrawalConsequences } from '@/lib/domain/people/personal-data-terms';
import { fileSizeProblem, megabytes } from '@/lib/domain/uploads';
import type { ActionResult } from '@/lib/server/action-result';

const CHOICES: Record<ConsentStatus, { value: 'received' | 'declined' | 'withdrawn'; label: string }[]> = {
  requested: [
    { value: 'received', label: 'получено' },
    { value: 'declined', label: 'отказ' },
  ],
  declined: [{ value: 'received', label: 'получено' }],
  withdrawn: [{ value: 'received', label: 'получено заново' }],
  received: [{ value: 'withdrawn', label: 'отозвано' }],
};

export function ConsentMark({
  consentId,
  status,
  isAgreement,
  isPersonalData = false,
  amendReason,
  today,
  label,
  action,
}: {
  consentId: string;
  status: ConsentStatus;
  isAgreement: boolean;
  /** A withdrawal of the personal-data consent says in its confirmation what will be erased and by when. */
  isPersonalData?: boolean;
  /** How a withdrawal of this consent ends an assigned pair: the mentor's refusal or the employer's cancellation. */
  amendReason: 'refusal' | 'cancellation';
  today: string;
  label: string;
  action: (data: FormData) => Promise<ActionResult<{ activePairIds: string[] }>>;
}) {
  const router = useRouter();
  const choices = CHOICES[status];
  const [choice, setChoice] = useState(choices[0]!.value);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [amend, setAmend] = useState<{ pairIds: string[]; date: string }>({ pairIds: [], date: today });
  const [date, setDate] = useState(today);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const { ask, dialog } = useConfirm();
  return (
    <form
      className="row"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        // Before sending: a scan over the server's request limit would never reach the action's own check.
        const scan = data.get('scan');
        const tooLarge = scan instanceof File ? fileSizeProblem(scan, MAX_SCAN_BYTES, SCAN_ADVICE) : null;
        if (tooLarge) {
          setErrors({});
          return setError(tooLarge);
        }
        const iso = dateEntryValue(date);
        const warning =
          choice === 'withdrawn'
            ? ask({
                title: 'Отметить отзыв согласия?',
                message:
                  isPersonalData && /^\d{4}-\d{2}-\d{2}$/.test(iso)
                    ? `${label} — будет отмечено отозванным с ${formatDate(iso)}. ${withdrawalConsequences(iso, formatDate)}`
                    : `${label} — будет отмечено отозванным${/^\d{4}-\d{2}-\d{2}$/.test(iso) ? ` с ${formatDate(iso)}` : ''}. Если пара уже закреплена приказом, наставничество придётся досрочно прекратить отдельным приказом.`,
                confirmLabel: 'Отметить отзыв',
              })
            : Promise.resolve(true);
        // The dialog states what will be erased and by when: confirming it is the confirmation the server asks for.
        if (choice === 'withdrawn' && isPersonalData) data.set('confirmErasure', 'on');
        void warning.then((ok) => ok && start(async () => {
          const res = await action(data);
          if (!res.ok) {
            setError(res.error);
            setErrors(res.fieldErrors ?? {});
            return;
          }
          setError(null);
          setErrors({});
          setAmend({ pairIds: res.data.activePairIds, date: date });
          router.refresh();
        }));
      }}
    >
      <input type="hidden" name="consentId" value={consentId} />
      <select name="status" aria-label="Отметка" value={choice} onChange={(e) => setChoice(e.target.value as typeof choice)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <DateInput name="date" aria-label="Дата" value={date} onChange={setDate} />
      {choice === 'received' && (
        <>
          {isAgreement && <input name="number" aria-label="Номер соглашения" placeholder="№ соглашения" size={8} />}
          <input type="file" name="scan" aria-label={`Скан (PDF, JPEG, PNG до ${megabytes(MAX_SCAN_BYTES)})`} accept="application/pdf,image/jpeg,image/png" />
        </>
      )}
      <button type="submit" className="secondary" disabled={!hydrated || pending}>
        {pending ? '…' : 'Отметить'}
      </button>
      {(error || Object.keys(errors).length > 0) && <span className="form-error">{[error, ...Object.values(errors).flat()].filter(Boolean).join(' ')}</span>}
      {amend.pairIds.map((id) => (
        <a key={id} href={`/pairs/${id}?reason=${amendReason}&noticeDate=${amend.date}`}>
          Пара закреплена приказом — оформите досрочное прекращение
        </a>
      ))}
      {dialog}
    </form>
  );
}
