'use client';
// The fields of a new organization (names, city, order suffix, head) inside the registration
// form of a school or a municipality: one component for both, as one schema (new-organization.ts).
import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { Field } from '@/components/form/field';
import type { OrganizationFieldsInput } from '@/lib/domain/validations/new-organization';

type Name = keyof OrganizationFieldsInput;

export function OrganizationFields<T extends FieldValues & OrganizationFieldsInput, O extends FieldValues>({
  form,
  shortNamePlaceholder,
}: {
  form: UseFormReturn<T, unknown, O>;
  shortNamePlaceholder: string;
}) {
  const register = (name: Name) => form.register(name as Path<T>);
  const errors = form.formState.errors as FieldErrors<OrganizationFieldsInput>;
  const error = (name: Name) => errors[name]?.message;
  return (
    <>
      <Field label="Полное наименование" error={error('fullName')}>
        <textarea rows={2} {...register('fullName')} />
      </Field>
      <div className="row">
        <Field label="Краткое наименование" error={error('shortName')}>
          <input {...register('shortName')} placeholder={shortNamePlaceholder} />
        </Field>
        <Field label="Населённый пункт" error={error('city')}>
          <input {...register('city')} placeholder="г. Бийск" />
        </Field>
        <Field label="Суффикс номера приказа" error={error('orderSuffix')}>
          <input {...register('orderSuffix')} />
        </Field>
      </div>
      <div className="row">
        <Field label="Должность руководителя" error={error('headPosition')}>
          <input {...register('headPosition')} />
        </Field>
        <Field label="Фамилия руководителя" error={error('headLastName')}>
          <input {...register('headLastName')} />
        </Field>
        <Field label="Имя руководителя" error={error('headFirstName')}>
          <input {...register('headFirstName')} />
        </Field>
        <Field label="Отчество руководителя" error={error('headMiddleName')}>
          <input {...register('headMiddleName')} />
        </Field>
      </div>
    </>
  );
}
