'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type ChangePasswordInput, changePasswordSchema } from '@/lib/domain/validations/account';
import type { ActionResult } from '@/lib/server/action-result';

export function ChangePasswordForm({ action }: { action: (input: ChangePasswordInput) => Promise<ActionResult<void>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(changePasswordSchema, action, {
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field label="Текущий пароль" error={err.currentPassword?.message}>
        <input type="password" autoComplete="current-password" {...form.register('currentPassword')} />
      </Field>
      <Field label="Новый пароль" error={err.newPassword?.message} hint="Не короче 10 символов, не адрес электронной почты и не из списка самых распространённых">
        <input type="password" autoComplete="new-password" {...form.register('newPassword')} />
      </Field>
      <Field label="Новый пароль ещё раз" error={err.confirmPassword?.message}>
        <input type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
      </Field>
      <FormStatus error={formError} saved={saved} savedText="Пароль изменён. Другие сеансы этой учётной записи завершены." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сменить пароль'}
      </button>
    </form>
  );
}
