'use client';
// The program of a student pair or group: goal, tasks, the plan of meetings and activities
// (dates, activity, form; the completion mark travels with its row) and the expected results.
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { TextItems } from '@/components/programs/text-items';
import { type StudentProgramFormInput, studentProgramFormSchema } from '@/lib/domain/students/program-input';
import type { ActionResult } from '@/lib/server/action-result';

const EMPTY_ROW = { due: '', activity: '', form: '', doneOn: '' };

export function StudentProgramForm({
  defaults,
  action,
}: {
  defaults: StudentProgramFormInput;
  action: (input: StudentProgramFormInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(studentProgramFormSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const plan = useFieldArray({ control: form.control, name: 'plan' });
  const err = form.formState.errors;
  const control = form.control as never;
  return (
    <form className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate data-testid="student-program-form">
      <Field label="Цель программы" error={err.goal?.message}>
        <textarea rows={2} {...form.register('goal')} />
      </Field>
      <TextItems name="tasks" label="Задачи" control={control} register={form.register} errors={err.tasks} />
      <strong>План встреч и мероприятий</strong>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {plan.fields.map((f, i) => {
          const e = err.plan?.[i];
          return (
            <li key={f.id} data-plan-row={i + 1}>
              <div className="row">
                <Field label="Сроки" error={e?.due?.message}>
                  <input {...form.register(`plan.${i}.due`)} />
                </Field>
                <Field label="Форма" error={e?.form?.message}>
                  <input {...form.register(`plan.${i}.form`)} />
                </Field>
              </div>
              <Field label="Мероприятие" error={e?.activity?.message}>
                <textarea rows={2} {...form.register(`plan.${i}.activity`)} />
              </Field>
              <input type="hidden" {...form.register(`plan.${i}.doneOn`)} />
              <div className="row">
                <button type="button" className="secondary" disabled={i === 0} onClick={() => plan.move(i, i - 1)} aria-label="Выше">
                  ↑
                </button>
                <button type="button" className="secondary" disabled={i === plan.fields.length - 1} onClick={() => plan.move(i, i + 1)} aria-label="Ниже">
                  ↓
                </button>
                <button type="button" className="secondary" onClick={() => plan.remove(i)}>
                  Удалить строку
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {(err.plan?.root?.message ?? err.plan?.message) && <p className="form-error">{err.plan?.root?.message ?? err.plan?.message}</p>}
      <div>
        <button type="button" className="secondary" onClick={() => plan.append(EMPTY_ROW)}>
          Добавить строку плана
        </button>
      </div>
      <TextItems name="results" label="Ожидаемые результаты" control={control} register={form.register} errors={err.results} />
      <FormStatus error={formError} saved={saved} savedText="Программа сохранена." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить программу'}
      </button>
    </form>
  );
}
