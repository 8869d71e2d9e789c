'use client';
// An external mentor of pupils: a college or university student, or an employer's representative.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { EXTERNAL_MENTOR_KINDS, STUDENT_MENTOR_KIND_LABELS } from '@/lib/domain/students/vocabulary';
import { type ExternalMentorFormInput, externalMentorSchema } from '@/lib/domain/validations/students-people';
import type { ActionResult } from '@/lib/server/action-result';
import { NameFields } from './name-fields';

interface Props {
  externalId?: string;
  defaults: Omit<ExternalMentorFormInput, 'kind'> & { kind?: ExternalMentorFormInput['kind'] };
  action: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
}

export function ExternalMentorForm({ externalId, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(externalMentorSchema, (input) => action(externalId ? { ...input, externalId } : input), {
    defaultValues: defaults,
    resetOnSuccess: !externalId,
    onSuccess: () => (externalId ? router.refresh() : router.push('/students/external')),
  });
  const err = form.formState.errors;
  const [lastName, firstName, middleName, gender, keepFatherName, kind] = form.watch(['lastName', 'firstName', 'middleName', 'gender', 'keepFatherName', 'kind']);
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <NameFields register={(n) => form.register(n)} errors={err} values={{ lastName, firstName, middleName, gender, keepFatherName }} />
      <Field label="Кто это" error={err.kind?.message}>
        <select {...form.register('kind')}>
          <option value="">— выберите —</option>
          {EXTERNAL_MENTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {STUDENT_MENTOR_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Организация" error={err.employer?.message} hint={kind === 'student' ? 'Колледж или вуз' : 'Предприятие, учреждение'}>
        <input autoComplete="off" {...form.register('employer')} />
      </Field>
      <Field label="Должность, курс и специальность" error={err.position?.message} hint={kind === 'student' ? '«студент 3 курса, специальность 09.02.07»' : '«инженер-технолог»'}>
        <input autoComplete="off" {...form.register('position')} />
      </Field>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : externalId ? 'Сохранить' : 'Добавить наставника'}
      </button>
    </form>
  );
}
