'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { OrganizationFields } from '@/components/forms/organization-fields';
import { type CreateSchoolInput, createSchoolSchema } from '@/lib/domain/validations/school';
import type { ActionResult } from '@/lib/server/action-result';

export function CreateSchoolForm({ action }: { action: (input: CreateSchoolInput) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(createSchoolSchema, action, {
    defaultValues: { fullName: '', shortName: '', city: '', orderSuffix: '-од', headPosition: 'Директор', headLastName: '', headFirstName: '', headMiddleName: '', headEmail: '', headPassword: '' },
    onSuccess: ({ id }) => router.push(`/schools/${id}`),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <OrganizationFields form={form} shortNamePlaceholder="МБОУ «СОШ № 1»" />
      <div className="row">
        <Field label="Эл. почта руководителя (логин)" error={err.headEmail?.message}>
          <input type="email" autoComplete="off" {...form.register('headEmail')} />
        </Field>
        <Field label="Пароль руководителя" error={err.headPassword?.message} hint="Не короче 10 символов">
          <input type="text" autoComplete="new-password" {...form.register('headPassword')} />
        </Field>
      </div>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Зарегистрировать'}
      </button>
    </form>
  );
}
