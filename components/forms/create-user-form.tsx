'use client';
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type CreateUserInput, createUserSchema } from '@/lib/domain/validations/user';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  organizations: { id: string; name: string }[];
  roles: { value: CreateUserInput['role']; label: string }[];
  action: (input: CreateUserInput) => Promise<ActionResult<{ id: string }>>;
}

export function CreateUserForm({ organizations, roles, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(createUserSchema, action, {
    defaultValues: {
      organizationId: organizations[0]?.id ?? '',
      role: roles[0]?.value ?? 'teacher',
      lastName: '',
      firstName: '',
      middleName: '',
      email: '',
      password: '',
      electronicHrConsent: false,
    },
    resetOnSuccess: true,
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <div className="row">
        {organizations.length > 1 && (
          <Field label="Организация" error={err.organizationId?.message}>
            <select {...form.register('organizationId')}>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Роль" error={err.role?.message}>
          <select {...form.register('role')}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="row">
        <Field label="Фамилия" error={err.lastName?.message}>
          <input {...form.register('lastName')} />
        </Field>
        <Field label="Имя" error={err.firstName?.message}>
          <input {...form.register('firstName')} />
        </Field>
        <Field label="Отчество" error={err.middleName?.message}>
          <input {...form.register('middleName')} />
        </Field>
      </div>
      <div className="row">
        <Field label="Эл. почта (логин)" error={err.email?.message}>
          <input type="email" autoComplete="off" {...form.register('email')} />
        </Field>
        <Field label="Пароль" error={err.password?.message} hint="Не короче 10 символов">
          <input type="text" autoComplete="new-password" {...form.register('password')} />
        </Field>
      </div>
      <label>
        <input type="checkbox" {...form.register('electronicHrConsent')} /> Дал(а) согласие на электронный кадровый документооборот
        (ст. 22.1 ТК РФ)
      </label>
      <FormStatus error={formError} saved={saved} savedText="Учётная запись создана." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Создать'}
      </button>
    </form>
  );
}
