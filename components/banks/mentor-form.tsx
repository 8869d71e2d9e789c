'use client';
// Adding a staff member to the bank of mentors, or editing their entry: competences, how many
// mentees they can take (1–15) and their training as a mentor.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { TRAINING_STATUSES } from '@/lib/domain/mentoring/vocabulary';
import { type MentorFormInput, mentorSchema, TRAINING_LABELS } from '@/lib/domain/validations/banks';
import type { ActionResult } from '@/lib/server/action-result';
import { type Candidate, CandidateSelect } from './candidate-select';

interface Props {
  candidates?: Candidate[];
  defaults: MentorFormInput;
  /** The school's maximum of mentees per mentor: the effective limit is the lower one. */
  orgMax: number;
  action: (raw: unknown) => Promise<ActionResult<{ personId: string }>>;
}

export function MentorForm({ candidates, defaults, orgMax, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(mentorSchema, action, {
    defaultValues: defaults,
    resetOnSuccess: Boolean(candidates),
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {candidates && <CandidateSelect candidates={candidates} error={err.personId?.message} registration={form.register('personId')} />}
      <Field label="Компетенции" error={err.competences?.message} hint="Чем наставник может помочь: через запятую или по одному в строке">
        <textarea rows={3} {...form.register('competences')} />
      </Field>
      <div className="row">
        <Field label="Сколько наставляемых может вести" error={err.capacity?.message} hint={`От 1 до 15; в школе не больше ${orgMax}`}>
          <input type="number" min={1} max={15} {...form.register('capacity')} />
        </Field>
        <Field label="Обучение наставника" error={err.training?.message}>
          <select {...form.register('training')}>
            {TRAINING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TRAINING_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {candidates ? 'Добавить в банк наставников' : 'Сохранить'}
      </button>
    </form>
  );
}
