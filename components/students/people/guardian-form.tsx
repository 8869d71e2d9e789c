'use client';
// A parent or other legal representative of a pupil, with the document confirming the
// authority that the consents print (ст. 9 ч. 4 152-ФЗ).
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { GUARDIAN_RELATION_LABELS, GUARDIAN_RELATIONS } from '@/lib/domain/students/vocabulary';
import { type GuardianFormInput, guardianSchema } from '@/lib/domain/validations/students-people';
import type { ActionResult } from '@/lib/server/action-result';
import { NameFields } from './name-fields';

interface Props {
  pupilId: string;
  /** Editing an existing representative; adding a new one without it. */
  guardianId?: string;
  defaults: Omit<GuardianFormInput, 'pupilId' | 'relation'> & { relation?: GuardianFormInput['relation'] };
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
}

export function GuardianForm({ pupilId, guardianId, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(
    guardianSchema,
    ({ pupilId: _p, ...input }) => action(guardianId ? { ...input, guardianId } : { ...input, pupilId }),
    {
      defaultValues: { ...defaults, pupilId },
      resetOnSuccess: !guardianId,
      onSuccess: () => router.refresh(),
    },
  );
  const err = form.formState.errors;
  const [lastName, firstName, middleName, gender, keepFatherName] = form.watch(['lastName', 'firstName', 'middleName', 'gender', 'keepFatherName']);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <NameFields register={(n) => form.register(n)} errors={err} values={{ lastName, firstName, middleName, gender, keepFatherName }} />
      <Field label="Кем приходится" error={err.relation?.message}>
        <select {...form.register('relation')}>
          <option value="">— выберите —</option>
          {GUARDIAN_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {GUARDIAN_RELATION_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Документ, подтверждающий полномочия"
        error={err.authorityDocument?.message}
        hint="Например: свидетельство о рождении II-РК № 123456 от 01.02.2012. Пусто — в согласии останется строка для заполнения от руки."
      >
        <input autoComplete="off" {...form.register('authorityDocument')} />
      </Field>
      <FormStatus error={formError} saved={saved} savedText={guardianId ? 'Сохранено.' : 'Представитель добавлен.'} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : guardianId ? 'Сохранить' : 'Добавить представителя'}
      </button>
    </form>
  );
}
