'use client';
// Issuing a draft: the date is chosen, the number is given by the register. Issuing cannot
// be undone (an issued document is frozen), so a dialog first says what will happen.
import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useConfirm } from '@/components/form/confirm-dialog';
import { DateInput } from '@/components/form/date-input';
import { useHydrated } from '@/components/form/use-hydrated';
import { dateEntryValue, formatDate } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';

/** What a numbered document is called in the confirmation: most are orders, an additional agreement is not. */
const NOUNS = {
  order: { title: 'Издать приказ?', subject: 'Приказ', by: 'новым приказом' },
  agreement: { title: 'Зарегистрировать соглашение?', subject: 'Соглашение', by: 'новым соглашением' },
} as const;

function issueWarning(numbered: boolean, date: string, forecast: { year: number; number: string } | undefined, noun: keyof typeof NOUNS = 'order'): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const when = iso ? ` от ${formatDate(iso)}` : '';
  if (!numbered) return `Документ будет утверждён${when} и станет неизменяемым: исправить его можно будет только новым документом.`;
  const number =
    forecast && iso && Number(iso.slice(0, 4)) === forecast.year
      ? `номер ${forecast.number}`
      : `следующий номер журнала регистрации${iso ? ` за ${iso.slice(0, 4)} год` : ''}`;
  return `${NOUNS[noun].subject} получит ${number}${when} и станет неизменяемым: исправить его можно будет только ${NOUNS[noun].by}.`;
}

export function IssueForm({
  documentId,
  today,
  numbered,
  nextNumber,
  showIssued = false,
  noun = 'order',
  action,
}: {
  documentId: string;
  today: string;
  numbered: boolean;
  /** The register's next number for today's year, named in the confirmation. */
  nextNumber?: { year: number; number: string };
  /** After issuing, reopen this page with ?issued=<id>, where it says what was issued and links to it. */
  showIssued?: boolean;
  /** How the confirmation names a numbered document. */
  noun?: keyof typeof NOUNS;
  action: (input: { documentId: string; issueDate: string }) => Promise<ActionResult<{ id?: string; number: string | null }>>;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const { ask, dialog } = useConfirm();
  const hydrated = useHydrated();
  const label = numbered ? 'Издать и присвоить номер' : 'Утвердить';
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        const issueDate = dateEntryValue(date);
        void ask({
          title: numbered ? NOUNS[noun].title : 'Утвердить документ?',
          message: issueWarning(numbered, issueDate, nextNumber, noun),
          confirmLabel: numbered ? 'Издать' : 'Утвердить',
        }).then((ok) => {
          if (!ok) return;
          start(async () => {
            const res = await action({ documentId, issueDate });
            if (!res.ok) return setError(res.fieldErrors?.issueDate?.[0] ?? res.error);
            setError(null);
            if (showIssued) router.replace(`${pathname}?issued=${res.data.id ?? documentId}`);
            router.refresh();
          });
        });
      }}
    >
      <div className="field">
        <label htmlFor="issue-date">Дата документа</label>
        <DateInput id="issue-date" value={date} onChange={setDate} />
      </div>
      <button type="submit" disabled={!hydrated || pending}>
        {pending ? 'Регистрация…' : label}
      </button>
      {error && <p className="form-error">{error}</p>}
      {dialog}
    </form>
  );
}
