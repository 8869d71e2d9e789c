'use client';
// The ИОМ card form: the school-year term, theme, deficits, goal and plan rows, each row
// under a direction («Предметная компетентность» …); rows of one direction print together.
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { IOM_DIRECTIONS } from '@/lib/domain/school/program-defaults';
import { type IomFormInput, iomFormSchema } from '@/lib/domain/validations/programs';
import type { ActionResult } from '@/lib/server/action-result';
import { TextItems } from './text-items';

export function IomForm({ defaults, action }: { defaults: IomFormInput; action: (input: IomFormInput) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(iomFormSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const plan = useFieldArray({ control: form.control, name: 'activities' });
  const err = form.formState.errors;
  return (
    <form className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate>
      <div className="row">
        <Field label="Начало" error={err.start?.message}>
          <FormDateInput control={form.control} name="start" />
        </Field>
        <Field label="Окончание" error={err.end?.message} hint="карта — на учебный год, до 1 года">
          <FormDateInput control={form.control} name="end" />
        </Field>
      </div>
      <Field label="Тема самообразования (необязательно)" error={err.theme?.message}>
        <input {...form.register('theme')} />
      </Field>
      <TextItems name="deficits" label="Профессиональные дефициты" control={form.control as never} register={form.register} errors={err.deficits} />
      <Field label="Цель" error={err.goal?.message}>
        <textarea rows={2} {...form.register('goal')} />
      </Field>
      <datalist id="iom-directions">
        {IOM_DIRECTIONS.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <strong>Мероприятия</strong>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {plan.fields.map((f, i) => {
          const e = err.activities?.[i];
          return (
            <li key={f.id}>
              <div className="row">
                <Field label="Направление" error={e?.direction?.message}>
                  <input list="iom-directions" {...form.register(`activities.${i}.direction`)} />
                </Field>
                <Field label="Срок" error={e?.due?.message}>
                  <input {...form.register(`activities.${i}.due`)} />
                </Field>
              </div>
              <Field label="Мероприятие" error={e?.title?.message}>
                <textarea rows={2} {...form.register(`activities.${i}.title`)} />
              </Field>
              <Field label="Планируемый результат, форма представления" error={e?.result?.message}>
                <input {...form.register(`activities.${i}.result`)} />
              </Field>
              <input type="hidden" {...form.register(`activities.${i}.doneOn`)} />
              <button type="button" className="secondary" onClick={() => plan.remove(i)}>
                Удалить мероприятие
              </button>
            </li>
          );
        })}
      </ol>
      {(err.activities?.root?.message ?? err.activities?.message) && <p className="form-error">{err.activities?.root?.message ?? err.activities?.message}</p>}
      <div>
        <button type="button" className="secondary" onClick={() => plan.append({ direction: IOM_DIRECTIONS[0]!, title: '', due: '', result: '', doneOn: '' })}>
          Добавить мероприятие
        </button>
      </div>
      <FormStatus error={formError} saved={saved} savedText="Карта ИОМ сохранена." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить карту ИОМ'}
      </button>
    </form>
  );
}
