'use client';
// The regional operator sets the planned values of the student model's indicators for a year.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type StudentPlanInput, studentPlanSchema } from '@/lib/domain/validations/students-monitoring';
import type { ActionResult } from '@/lib/server/action-result';

type SaveAction = (input: StudentPlanInput) => Promise<ActionResult<{ year: number }>>;

export function StudentPlanForm({ defaults, action }: { defaults: StudentPlanInput; action: SaveAction }) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(studentPlanSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate data-testid="student-plan-form">
      <div className="row">
        <Field label="Год" error={err.year?.message}>
          <input inputMode="numeric" {...form.register('year')} />
        </Field>
        <Field label="Наставляемые 10–19 лет, %" error={err.menteeShare?.message}>
          <input inputMode="decimal" {...form.register('menteeShare')} />
        </Field>
        <Field label="Наставники 15–19 лет, %" error={err.mentorShare?.message}>
          <input inputMode="decimal" {...form.register('mentorShare')} />
        </Field>
      </div>
      <div className="row">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить плановые значения
        </button>
      </div>
      <FormStatus error={formError} saved={saved} />
    </form>
  );
}
