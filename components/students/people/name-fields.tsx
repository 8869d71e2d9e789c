'use client';
// The name of a pupil, a parent or an external mentor: surname, name, patronymic, the gender
// where the patronymic does not tell it, the undeclined Turkic patronymic, and the declined
// forms the documents will print, shown while typing.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/form/field';
import { DeclinedName } from '@/components/staff/declined-name';
import { parseTurkicPatronymic } from '@/lib/core/russian';
import { GENDER_CHOICES } from '@/lib/domain/validations/person';

export type NameField = 'lastName' | 'firstName' | 'middleName' | 'gender' | 'keepFatherName';

interface Props {
  register: (name: NameField) => UseFormRegisterReturn;
  errors: Partial<Record<NameField, { message?: string } | undefined>>;
  values: { lastName?: string; firstName?: string; middleName?: string | null; gender?: string; keepFatherName?: unknown };
}

export function NameFields({ register, errors, values }: Props) {
  const middleName = values.middleName?.trim() || null;
  const turkic = middleName ? parseTurkicPatronymic(middleName) : null;
  return (
    <>
      <div className="row">
        <Field label="Фамилия" error={errors.lastName?.message}>
          <input autoComplete="off" {...register('lastName')} />
        </Field>
        <Field label="Имя" error={errors.firstName?.message}>
          <input autoComplete="off" {...register('firstName')} />
        </Field>
        <Field label="Отчество" error={errors.middleName?.message}>
          <input autoComplete="off" {...register('middleName')} />
        </Field>
      </div>
      <Field label="Пол (для склонения)" error={errors.gender?.message}>
        <select {...register('gender')}>
          {GENDER_CHOICES.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>
      {turkic && (
        <label>
          <input type="checkbox" {...register('keepFatherName')} /> Не склонять имя отца в отчестве («{turkic.fatherName}
          {turkic.tail}»)
        </label>
      )}
      <DeclinedName
        name={{
          lastName: values.lastName ?? '',
          firstName: values.firstName ?? '',
          middleName,
          gender: values.gender === 'male' || values.gender === 'female' ? values.gender : null,
          keepFatherName: values.keepFatherName === true || values.keepFatherName === 'on',
        }}
      />
    </>
  );
}
