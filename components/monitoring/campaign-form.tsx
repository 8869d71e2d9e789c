'use client';
// The regional operator opens a monitoring campaign: title, start and deadline.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type CreateCampaignInput, createCampaignSchema } from '@/lib/domain/validations/monitoring';
import type { ActionResult } from '@/lib/server/action-result';

export function CampaignForm({
  defaults,
  action,
}: {
  defaults: CreateCampaignInput;
  action: (input: CreateCampaignInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(createCampaignSchema, action, {
    defaultValues: defaults,
    onSuccess: ({ id }) => router.push(`/monitoring/${id}`),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field label="Название" error={err.title?.message}>
        <input {...form.register('title')} />
      </Field>
      <div className="row">
        <Field label="Начало" error={err.startsOn?.message}>
          <FormDateInput control={form.control} name="startsOn" />
        </Field>
        <Field label="Срок сдачи" error={err.deadline?.message}>
          <FormDateInput control={form.control} name="deadline" />
        </Field>
      </div>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Начать мониторинг'}
      </button>
    </form>
  );
}
