'use client';
// Field building blocks of the district order wizard, addressed by a path into the form
// ('coordinator.person.lastName', 'points.2.subpoints'): a text field with its error,
// a person's name, an editable list of paragraphs, and the control and executor groups.
import { type FieldValues, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';

export type WizardForm = UseFormReturn<FieldValues>;

const errorOf = (form: WizardForm, name: string) => form.getFieldState(name, form.formState).error?.message;

export function TextField({
  form,
  name,
  label,
  hint,
  rows,
  type = 'text',
}: {
  form: WizardForm;
  name: string;
  label: string;
  hint?: string;
  /** A textarea of this many rows instead of an input. */
  rows?: number;
  /** 'date': the дд.мм.гггг field every form uses (FormDateInput), never the browser-locale native input. */
  type?: 'text' | 'date';
}) {
  return (
    <Field label={label} error={errorOf(form, name)} hint={hint}>
      {rows ? (
        <textarea rows={rows} {...form.register(name)} />
      ) : type === 'date' ? (
        <FormDateInput control={form.control} name={name} />
      ) : (
        <input {...form.register(name)} />
      )}
    </Field>
  );
}

export function PersonFields({ form, name, label }: { form: WizardForm; name: string; label: string }) {
  return (
    <fieldset className="row">
      <legend>{label}</legend>
      <TextField form={form} name={`${name}.lastName`} label="Фамилия" />
      <TextField form={form} name={`${name}.firstName`} label="Имя" />
      <TextField form={form} name={`${name}.middleName`} label="Отчество" />
    </fieldset>
  );
}

/** A list of paragraphs (legal bases, reasons, repealed acts), each item an object with one text key. */
export function ParagraphList({
  form,
  name,
  itemKey,
  label,
  hint,
  addLabel,
}: {
  form: WizardForm;
  name: string;
  itemKey: 'title' | 'text';
  label: string;
  hint?: string;
  addLabel: string;
}) {
  const list = useFieldArray({ control: form.control, name });
  return (
    <fieldset className="stack">
      <legend>{label}</legend>
      {hint && <p className="muted">{hint}</p>}
      {list.fields.map((f, i) => (
        <div key={f.id} className="row">
          <TextField form={form} name={`${name}.${i}.${itemKey}`} label={`${i + 1}.`} rows={2} />
          <button type="button" className="secondary" onClick={() => list.remove(i)}>
            Удалить
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => list.append({ [itemKey]: '' })}>
          {addLabel}
        </button>
      </p>
    </fieldset>
  );
}

/** Control of the order and its executor: both optional, left blank they are omitted. */
export function ClosingFields({ form }: { form: WizardForm }) {
  return (
    <>
      <fieldset className="stack">
        <legend>Контроль исполнения</legend>
        <p className="muted">Оставьте пустым, чтобы контроль остался за подписывающим («оставляю за собой»).</p>
        <TextField form={form} name="control.position" label="Должность (в винительном падеже)" hint="например: заместителя начальника Управления образования" />
        <PersonFields form={form} name="control.person" label="Кто контролирует (в именительном падеже)" />
      </fieldset>
      <PersonFields form={form} name="executor" label="Исполнитель (кто подготовил проект)" />
    </>
  );
}
