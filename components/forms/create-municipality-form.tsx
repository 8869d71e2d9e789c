'use client';
import { useState } from 'react';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { OrganizationFields } from '@/components/forms/organization-fields';
import { type CreateMunicipalityInput, createMunicipalitySchema } from '@/lib/domain/validations/municipality';
import type { ActionResult } from '@/lib/server/action-result';

type Created = { id: string; email: string; password: string };

const EMPTY: CreateMunicipalityInput = {
  fullName: '',
  shortName: '',
  city: '',
  orderSuffix: '',
  headPosition: 'Начальник',
  headLastName: '',
  headFirstName: '',
  headMiddleName: '',
  coordinatorLastName: '',
  coordinatorFirstName: '',
  coordinatorMiddleName: '',
  coordinatorEmail: '',
};

export function CreateMunicipalityForm({ action }: { action: (input: CreateMunicipalityInput) => Promise<ActionResult<Created>> }) {
  const [created, setCreated] = useState<Created | null>(null);
  const { form, onSubmit, formError } = useActionForm(createMunicipalitySchema, action, {
    defaultValues: EMPTY,
    resetOnSuccess: true,
    onSuccess: setCreated,
  });
  const err = form.formState.errors;
  return (
    <form className="stack card" onSubmit={onSubmit} noValidate>
      {created && (
        <p className="form-ok" role="status">
          Муниципалитет зарегистрирован. Вход координатора: {created.email}, временный пароль: <code>{created.password}</code> — передайте его
          координатору, больше он показан не будет.
        </p>
      )}
      <OrganizationFields form={form} shortNamePlaceholder="МКУ «Управление образования г. Бийска»" />
      <div className="row">
        <Field label="Фамилия координатора" error={err.coordinatorLastName?.message}>
          <input {...form.register('coordinatorLastName')} />
        </Field>
        <Field label="Имя координатора" error={err.coordinatorFirstName?.message}>
          <input {...form.register('coordinatorFirstName')} />
        </Field>
        <Field label="Отчество координатора" error={err.coordinatorMiddleName?.message}>
          <input {...form.register('coordinatorMiddleName')} />
        </Field>
        <Field label="Эл. почта координатора (логин)" error={err.coordinatorEmail?.message}>
          <input type="email" autoComplete="off" {...form.register('coordinatorEmail')} />
        </Field>
      </div>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Зарегистрировать'}
      </button>
    </form>
  );
}
