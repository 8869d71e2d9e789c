'use client';
// The ППН form: term (3–12 months), the mentee's deficits, the goal and tasks, and the plan
// rows (activity, form, due, expected result). Completion marks are set in the plan table.
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type PpnFormInput, ppnFormSchema } from '@/lib/domain/validations/programs';
import type { ActionResult } from '@/lib/server/action-result';
import { TextItems } from './text-items';

const EMPTY_ROW = { title: '', form: '', due: '', result: '', doneOn: '' };

export function PpnForm({ defaults, action }: { defaults: PpnFormInput; action: (input: PpnFormInput) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(ppnFormSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const plan = useFieldArray({ control: form.control, name: 'activities' });
  const err = form.formState.errors;
  const control = form.control as never;
  return (
    <form className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate>
      <div className="row">
        <Field label="Начало программы" error={err.start?.message}>
          <FormDateInput control={form.control} name="start" />
        </Field>
        <Field label="Окончание программы" error={err.end?.message} hint="от 3 месяцев до 1 года">
          <FormDateInput control={form.control} name="end" />
        </Field>
      </div>
      <TextItems name="deficits" label="Профессиональные дефициты (затруднения) наставляемого" control={control} register={form.register} errors={err.deficits} />
      <Field label="Цель программы" error={err.goal?.message}>
        <textarea rows={2} {...form.register('goal')} />
      </Field>
      <TextItems name="tasks" label="Задачи" control={control} register={form.register} errors={err.tasks} />
      <strong>План мероприятий</strong>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {plan.fields.map((f, i) => {
          const e = err.activities?.[i];
          return (
            <li key={f.id} data-plan-row={i + 1}>
              <Field label="Мероприятие" error={e?.title?.message}>
                <textarea rows={2} {...form.register(`activities.${i}.title`)} />
              </Field>
              <div className="row">
                <Field label="Форма" error={e?.form?.message}>
                  <input {...form.register(`activities.${i}.form`)} />
                </Field>
                <Field label="Срок" error={e?.due?.message}>
                  <input {...form.register(`activities.${i}.due`)} />
                </Field>
                <Field label="Ожидаемый результат" error={e?.result?.message}>
                  <input {...form.register(`activities.${i}.result`)} />
                </Field>
              </div>
              <input type="hidden" {...form.register(`activities.${i}.doneOn`)} />
              <div className="row">
                <button type="button" className="secondary" disabled={i === 0} onClick={() => plan.move(i, i - 1)} aria-label="Выше">
                  ↑
                </button>
                <button type="button" className="secondary" disabled={i === plan.fields.length - 1} onClick={() => plan.move(i, i + 1)} aria-label="Ниже">
                  ↓
                </button>
                <button type="button" className="secondary" onClick={() => plan.remove(i)}>
                  Удалить мероприятие
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {(err.activities?.root?.message ?? err.activities?.message) && <p className="form-error">{err.activities?.root?.message ?? err.activities?.message}</p>}
      <div>
        <button type="button" className="secondary" onClick={() => plan.append(EMPTY_ROW)}>
          Добавить мероприятие
        </button>
      </div>
      <FormStatus error={formError} saved={saved} savedText="Программа сохранена." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить программу'}
      </button>
    </form>
  );
}
