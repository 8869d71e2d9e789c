'use client';
// Ending an assigned pair early: the mentor's refusal or the employer's cancellation. The
// earliest end date is computed from the date the notice was received (three working days,
// weekends and federal holidays excluded) and filled in; only a later date can be chosen.
// The employer's notice to the mentor is registered under a number (and printed from the
// register) with the block the mentor signs on receipt; an unnumbered preview stays at hand.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import { type CancellationNoticeInput, type TerminationInput, terminationSchema } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';
import { CancellationNoticeButton } from './cancellation-notice-button';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function TerminationForm({
  pairId,
  initial,
  action,
  noticeAction,
}: {
  pairId: string;
  today: string;
  initial: { reason: 'refusal' | 'cancellation'; noticeDate: string };
  action: (input: TerminationInput) => Promise<ActionResult<{ id: string }>>;
  /** Registers the employer's notice; absent for a user who may not issue documents. */
  noticeAction?: (input: CancellationNoticeInput) => Promise<ActionResult<{ id: string; number: string | null }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(terminationSchema, action, {
    defaultValues: { pairId, reason: initial.reason, noticeDate: initial.noticeDate, endDate: earliestCancellationEnd(initial.noticeDate), grounds: '', incomingNumber: '' },
    onSuccess: () => router.refresh(),
  });
  const [reason, noticeDate, endDate, grounds] = form.watch(['reason', 'noticeDate', 'endDate', 'grounds']);
  const earliest = ISO.test(noticeDate) ? earliestCancellationEnd(noticeDate) : null;
  useEffect(() => {
    if (earliest && (!ISO.test(endDate) || endDate < earliest)) form.setValue('endDate', earliest);
  }, [earliest, endDate, form]);
  const err = form.formState.errors;
  const notice = new URLSearchParams({ noticeDate, endDate });
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field label="Основание" error={err.reason?.message}>
        <select {...form.register('reason')}>
          <option value="refusal">Отказ наставника (письменное уведомление)</option>
          <option value="cancellation">Отмена поручения работодателем</option>
        </select>
      </Field>
      <div className="row">
        <Field
          label="Дата получения уведомления"
          error={err.noticeDate?.message}
          hint={reason === 'refusal' ? 'Когда школа получила уведомление наставника' : 'Когда наставник расписался в получении уведомления'}
        >
          <FormDateInput control={form.control} name="noticeDate" />
        </Field>
        <Field
          label="Дата прекращения"
          error={err.endDate?.message}
          hint={earliest ? `Не раньше ${formatDate(earliest)}: три рабочих дня после получения уведомления, без выходных и праздников` : undefined}
        >
          <FormDateInput control={form.control} name="endDate" />
        </Field>
      </div>
      {reason === 'refusal' && (
        <Field label="Входящий номер уведомления" error={err.incomingNumber?.message} hint="Из отметки о получении; приказ ссылается на него">
          <input {...form.register('incomingNumber')} />
        </Field>
      )}
      {reason === 'cancellation' && (
        <Field label="В связи с чем работодатель отменяет поручение" error={err.grounds?.message} hint="Продолжает фразу «в связи с …»">
          <input {...form.register('grounds')} />
        </Field>
      )}
      {reason === 'cancellation' && ISO.test(noticeDate) && ISO.test(endDate) && grounds?.trim() && (
        <>
          <p>
            <a href={`/pairs/${pairId}/cancellation-notice?${new URLSearchParams({ noticeDate, endDate, grounds }).toString()}`}>
              Просмотреть уведомление наставнику об отмене поручения (PDF без номера, с отметкой о получении)
            </a>
          </p>
          {noticeAction && <CancellationNoticeButton key={`${noticeDate}|${endDate}|${grounds}`} input={{ pairId, noticeDate, endDate, grounds }} action={noticeAction} />}
        </>
      )}
      {reason === 'refusal' && ISO.test(noticeDate) && ISO.test(endDate) && (
        <p>
          <a href={`/pairs/${pairId}/refusal-notice?${notice.toString()}`}>Распечатать уведомление наставника об отказе (PDF)</a>
        </p>
      )}
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Подготовка…' : 'Подготовить приказ о досрочном прекращении'}
      </button>
    </form>
  );
}
