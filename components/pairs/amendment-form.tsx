'use client';
// «Изменить соглашение»: the changes of a mentor's additional agreement (ст. 72 ТК РФ) — a new
// end of the term, a new payment, or both — and the date they apply from. Submitting drafts the
// agreement in the register; it is issued under a number on the pair's page, and only then do
// the pair's term and payment change.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { formatDate } from '@/lib/core/russian';
import { type AmendmentInput, amendmentSchema } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';

export function AmendmentForm({
  pairId,
  today,
  current,
  action,
}: {
  pairId: string;
  today: string;
  current: { endDate: string; paymentSize: string | null };
  action: (input: AmendmentInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(amendmentSchema, action, {
    defaultValues: { pairId, endDate: '', paymentSize: '', effectiveFrom: today, contractDate: '', contractNumber: '' },
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <div className="row">
        <Field label="Новая дата окончания" error={err.endDate?.message} hint={`Сейчас: ${formatDate(current.endDate)}; пусто — срок не меняется`}>
          <FormDateInput control={form.control} name="endDate" />
        </Field>
        <Field
          label="Новый размер выплаты"
          error={err.paymentSize?.message}
          hint={`Сейчас: ${current.paymentSize ?? 'не указан'}; пусто — выплата не меняется. Например «4500 рублей в месяц»`}
        >
          <input {...form.register('paymentSize')} />
        </Field>
      </div>
      <Field label="Изменения действуют с" error={err.effectiveFrom?.message}>
        <FormDateInput control={form.control} name="effectiveFrom" />
      </Field>
      <div className="row">
        <Field label="Дата трудового договора" error={err.contractDate?.message} hint="Если не указать, в соглашении останется место, чтобы вписать от руки">
          <FormDateInput control={form.control} name="contractDate" />
        </Field>
        <Field label="Номер трудового договора" error={err.contractNumber?.message}>
          <input {...form.register('contractNumber')} />
        </Field>
      </div>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Подготовка…' : 'Подготовить дополнительное соглашение'}
      </button>
    </form>
  );
}
