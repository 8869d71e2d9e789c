'use client';
// A date field that shows and takes дд.мм.гггг whatever the browser's language: a native
// date input follows the browser's locale (09/01/2026 in an English browser), and its picker
// cannot be typed into on every phone. The form value is the ISO date once the text is a
// whole date and the typed text until then, so the shared zod schema (isoDateField) both
// reads it and names what is wrong in Russian.
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { dateEntryText, dateEntryValue } from '@/lib/core/russian/date-entry';

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max' | 'defaultValue'>;

export const DATE_PLACEHOLDER = 'дд.мм.гггг';

export function DateInput({
  value,
  onChange,
  inputRef,
  ...rest
}: InputProps & { value: string | null | undefined; onChange: (value: string) => void; inputRef?: React.Ref<HTMLInputElement> }) {
  return (
    <input
      {...rest}
      ref={inputRef}
      type="text"
      className={rest.className ? `date-input ${rest.className}` : 'date-input'}
      inputMode="numeric"
      autoComplete="off"
      placeholder={DATE_PLACEHOLDER}
      maxLength={10}
      value={dateEntryText(value)}
      onChange={(e) => onChange(dateEntryValue(e.target.value))}
    />
  );
}

/** The date field of a react-hook-form form, addressed by its name. */
export function FormDateInput<T extends FieldValues, TT = T>({
  control,
  name,
  ...rest
}: InputProps & { control: Control<T, unknown, TT>; name: FieldPath<T> }) {
  const { field } = useController<T, FieldPath<T>, TT>({ control, name });
  return (
    <DateInput
      {...rest}
      name={field.name}
      value={field.value as string | null | undefined}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={rest.disabled ?? field.disabled}
    />
  );
}
