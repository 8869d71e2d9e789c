'use client';
// Adding a staff member to the bank of mentees, or editing their entry: the category (the
// young-specialist category is suggested from the experience), deficits and requests.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { MENTEE_CATEGORY_LABELS , MENTEE_CATEGORIES } from '@/lib/domain/mentoring/vocabulary';
import { type MenteeFormInput, menteeSchema } from '@/lib/domain/validations/banks';
import type { ActionResult } from '@/lib/server/action-result';
import { type Candidate, CandidateSelect } from './candidate-select';

interface Props {
  candidates?: Candidate[];
  defaults: MenteeFormInput;
  action: (raw: unknown) => Promise<ActionResult<{ personId: string }>>;
}

export function MenteeForm({ candidates, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(menteeSchema, action, {
    defaultValues: defaults,
    resetOnSuccess: Boolean(candidates),
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  const chosen = candidates?.find((c) => c.id === form.watch('personId'));
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {candidates && (
        <CandidateSelect
          candidates={candidates}
          error={err.personId?.message}
          registration={form.register('personId', {
            onChange: (e) => {
              const c = candidates.find((x) => x.id === e.target.value);
              if (c?.youngSpecialist) form.setValue('category', 'young_specialist');
            },
          })}
        />
      )}
      <Field label="Категория" error={err.category?.message} hint={chosen?.youngSpecialist ? 'Стаж менее 3 лет: предложена категория «молодой специалист».' : undefined}>
        <select {...form.register('category')}>
          {MENTEE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {MENTEE_CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Профессиональные дефициты" error={err.deficits?.message} hint="Через запятую или по одному в строке">
        <textarea rows={3} {...form.register('deficits')} />
      </Field>
      <Field label="Запросы наставляемого" error={err.requests?.message}>
        <textarea rows={2} {...form.register('requests')} />
      </Field>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {candidates ? 'Добавить в банк наставляемых' : 'Сохранить'}
      </button>
    </form>
  );
}
