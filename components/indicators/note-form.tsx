'use client';
// The analytical note: the figures come from the indicators; the user gives the territory
// (in the genitive, as the title needs it), the period and who signs, then previews the draft.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type AnalyticalNoteInput, analyticalNoteSchema } from '@/lib/domain/validations/monitoring';
import type { ActionResult } from '@/lib/server/action-result';

export function NoteForm({
  defaults,
  action,
}: {
  defaults: AnalyticalNoteInput;
  action: (input: AnalyticalNoteInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(analyticalNoteSchema, action, {
    defaultValues: defaults,
    onSuccess: ({ id }) => router.push(`/documents/${id}`),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <input type="hidden" {...form.register('unitId')} />
      <input type="hidden" {...form.register('referenceDate')} />
      <Field
        label="Территория (в родительном падеже)"
        error={err.territory?.message}
        hint="Продолжает заголовок: «… в образовательных организациях города Бийска»"
      >
        <input {...form.register('territory')} />
      </Field>
      <div className="row">
        <Field label="Начало отчётного периода" error={err.periodFrom?.message}>
          <FormDateInput control={form.control} name="periodFrom" />
        </Field>
        <Field label="Окончание отчётного периода" error={err.periodTo?.message}>
          <FormDateInput control={form.control} name="periodTo" />
        </Field>
      </div>
      {err.referenceDate?.message && <p className="form-error">{err.referenceDate.message}</p>}
      <Field label="Цель мониторинга" error={err.purpose?.message}>
        <textarea rows={3} {...form.register('purpose')} />
      </Field>
      <Field label="Должность подписывающего" error={err.signerPosition?.message}>
        <input {...form.register('signerPosition')} />
      </Field>
      <div className="row">
        <Field label="Фамилия" error={err.signerLastName?.message}>
          <input {...form.register('signerLastName')} />
        </Field>
        <Field label="Имя" error={err.signerFirstName?.message}>
          <input {...form.register('signerFirstName')} />
        </Field>
        <Field label="Отчество" error={err.signerMiddleName?.message}>
          <input {...form.register('signerMiddleName')} />
        </Field>
      </div>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Формирование…' : 'Сформировать проект справки'}
      </button>
    </form>
  );
}
