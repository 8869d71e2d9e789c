'use client';
// Adding a pupil by hand or editing one: the name as documents decline it, the birth date and
// the class typed as the school writes it («7А», «7 а»).
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type PupilFormInput, pupilSchema } from '@/lib/domain/validations/students-people';
import type { ActionResult } from '@/lib/server/action-result';
import { NameFields } from './name-fields';

interface Props {
  pupilId?: string;
  defaults: PupilFormInput;
  action: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
}

export function PupilForm({ pupilId, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(pupilSchema, (input) => action(pupilId ? { ...input, pupilId } : input), {
    defaultValues: defaults,
    onSuccess: (data) => (pupilId ? router.refresh() : router.push(`/students/pupils/${data.id}`)),
  });
  const err = form.formState.errors;
  const [lastName, firstName, middleName, gender, keepFatherName] = form.watch(['lastName', 'firstName', 'middleName', 'gender', 'keepFatherName']);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <NameFields register={(n) => form.register(n)} errors={err} values={{ lastName, firstName, middleName, gender, keepFatherName }} />
      <div className="row">
        <Field label="Дата рождения" error={err.birthDate?.message}>
          <FormDateInput control={form.control} name="birthDate" />
        </Field>
        <Field label="Класс" error={err.schoolClass?.message} hint="Цифра и буква: «7А»">
          <input {...form.register('schoolClass')} inputMode="text" autoComplete="off" />
        </Field>
      </div>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : pupilId ? 'Сохранить' : 'Добавить обучающегося'}
      </button>
    </form>
  );
}
