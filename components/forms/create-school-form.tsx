'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
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
      <Field label="Полное наименование" error={err.fullName?.message}>
        <textarea rows={2} {...form.register('fullName')} />
      </Field>
      <div className="row">
        <Field label="Краткое наименование" error={err.shortName?.message}>
          <input {...form.register('shortName')} placeholder="МБОУ «СОШ № 1»" />
        </Field>
        <Field label="Населённый пункт" error={err.city?.message}>
          <input {...form.register('city')} placeholder="г. Бийск" />
        </Field>
        <Field label="Суффикс номера приказа" error={err.orderSuffix?.message}>
          <input {...form.register('orderSuffix')} />
        </Field>
      </div>
      <div className="row">
        <Field label="Должность руководителя" error={err.headPosition?.message}>
          <input {...form.register('headPosition')} />
        </Field>
        <Field label="Фамилия" error={err.headLastName?.message}>
          <input {...form.register('headLastName')} />
        </Field>
        <Field label="Имя" error={err.headFirstName?.message}>
          <input {...form.register('headFirstName')} />
        </Field>
        <Field label="Отчество" error={err.headMiddleName?.message}>
          <input {...form.register('headMiddleName')} />
        </Field>
      </div>
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
