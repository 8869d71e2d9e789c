'use client';
// A list of one-line items of a program form (deficits, tasks): add, edit, remove.
import { type ArrayPath, type Control, type FieldErrors, type FieldValues, type Path, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { Field } from '@/components/form/field';

interface Props<V extends FieldValues> {
  name: ArrayPath<V>;
  label: string;
  control: Control<V, unknown, never>;
  register: UseFormRegister<V>;
  errors?: FieldErrors<V>[keyof V];
}

export function TextItems<V extends FieldValues>({ name, label, control, register, errors }: Props<V>) {
  const { fields, append, remove } = useFieldArray({ control, name });
  const rowErrors = errors as unknown as ({ text?: { message?: string } } | undefined)[] & { message?: string; root?: { message?: string } };
  return (
    <div className="stack" data-items={name}>
      <strong>{label}</strong>
      {fields.map((f, i) => (
        <div className="row" key={f.id}>
          <Field label={`${i + 1}.`} error={rowErrors?.[i]?.text?.message}>
            <textarea rows={1} {...register(`${name}.${i}.text` as Path<V>)} />
          </Field>
          <button type="button" className="secondary" onClick={() => remove(i)}>
            Удалить
          </button>
        </div>
      ))}
      {(rowErrors?.message ?? rowErrors?.root?.message) && <p className="form-error">{rowErrors?.message ?? rowErrors?.root?.message}</p>}
      <div>
        <button type="button" className="secondary" onClick={() => append({ text: '' } as never)}>
          Добавить
        </button>
      </div>
    </div>
  );
}
