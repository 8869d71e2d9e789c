'use client';
// Completing one pair: results, the mentor's and the mentee's short feedback, the date.
import { useRouter } from 'next/navigation';
import { useConfirm } from '@/components/form/confirm-dialog';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { formatDate } from '@/lib/core/russian';
import { type CompletePairInput, completePairSchema } from '@/lib/domain/validations/completion';
import type { ActionResult } from '@/lib/server/action-result';

export function CompletePairForm({
  pairId,
  pairLabel,
  today,
  action,
}: {
  pairId: string;
  /** Names the form: a page of several pairs has several «Результаты» fields and «Завершить» buttons. */
  pairLabel: string;
  today: string;
  action: (input: CompletePairInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { ask, dialog } = useConfirm();
  const { form, onSubmit, formError } = useActionForm(completePairSchema, action, {
    defaultValues: { pairId, endedOn: today, results: '', mentorFeedback: '', menteeFeedback: '' },
    onSuccess: () => router.refresh(),
    confirm: (values) =>
      ask({
        title: 'Завершить наставничество?',
        message: `Наставничество пары «${pairLabel}» будет завершено ${formatDate(values.endedOn)}: пара перестанет быть действующей, результаты и отзывы войдут в приказ об итогах. Вернуть пару в работу будет нельзя.`,
        confirmLabel: 'Завершить',
      }),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate data-complete-pair={pairId} aria-label={`Завершение: ${pairLabel}`}>
      <Field label="Результаты" error={err.results?.message} hint="что достигнуто по программе: устранённые дефициты, открытый урок, участие в конкурсах">
        <textarea rows={3} {...form.register('results')} />
      </Field>
      <div className="row">
        <Field label="Отзыв наставника" error={err.mentorFeedback?.message}>
          <textarea rows={2} {...form.register('mentorFeedback')} />
        </Field>
        <Field label="Отзыв наставляемого" error={err.menteeFeedback?.message}>
          <textarea rows={2} {...form.register('menteeFeedback')} />
        </Field>
      </div>
      <div className="row">
        <Field label="Дата завершения" error={err.endedOn?.message}>
          <FormDateInput control={form.control} name="endedOn" />
        </Field>
        <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Сохранение…' : 'Завершить'}
        </button>
      </div>
      <FormStatus error={formError} />
      {dialog}
    </form>
  );
}
