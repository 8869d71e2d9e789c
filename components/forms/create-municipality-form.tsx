'use client';
import { useState } from 'react';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
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
      <Field label="Полное наименование" error={err.fullName?.message}>
        <textarea rows={2} {...form.register('fullName')} />
      </Field>
      <div className="row">
        <Field label="Краткое наименование" error={err.shortName?.message}>
          <input {...form.register('shortName')} placeholder="МКУ «Управление образования г. Бийска»" />
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
        <Field label="Фамилия руководителя" error={err.headLastName?.message}>
          <input {...form.register('headLastName')} />
        </Field>
        <Field label="Имя руководителя" error={err.headFirstName?.message}>
          <input {...form.register('headFirstName')} />
        </Field>
        <Field label="Отчество руководителя" error={err.headMiddleName?.message}>
          <input {...form.register('headMiddleName')} />
        </Field>
      </div>
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
