'use client';
// The ordered list of legal bases in the settings form: plain worded entries and acts of
// higher authorities entered by their requisites, worded live as the preamble will cite them.
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray, useWatch } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { composeActTitle, parseActTitle } from '@/lib/domain/school/legal-bases';
import type { OrganizationSettings, OrganizationSettingsInput } from '@/lib/domain/validations/organization';

interface Props {
  control: Control<OrganizationSettingsInput, unknown, OrganizationSettings>;
  register: UseFormRegister<OrganizationSettingsInput>;
  errors: FieldErrors<OrganizationSettingsInput>['legalBases'];
  setValue: (name: `legalBases.${number}`, value: OrganizationSettingsInput['legalBases'][number]) => void;
}

const blankAct = { kind: 'act' as const, title: '', issuer: '', date: '', number: '', name: '' };

function worded(row: OrganizationSettingsInput['legalBases'][number]): string {
  if (row.kind === 'text') return row.title;
  if (!row.issuer || !/^\d{4}-\d{2}-\d{2}$/.test(row.date) || !row.number || !row.name) return '';
  try {
    return composeActTitle(row);
  } catch {
    return ''; // a date that is not in the calendar: the field shows its own error on save
  }
}

export function LegalBasesEditor({ control, register, errors, setValue }: Props) {
  const { fields, append, remove, move } = useFieldArray({ control, name: 'legalBases' });
  const rows = useWatch({ control, name: 'legalBases' }) ?? [];
  const toAct = (i: number) => {
    const row = rows[i]!;
    setValue(`legalBases.${i}`, { ...row, kind: 'act', ...(parseActTitle(row.title) ?? {}) });
  };
  const toText = (i: number) => setValue(`legalBases.${i}`, { ...rows[i]!, kind: 'text', title: worded(rows[i]!) || rows[i]!.title });
  return (
    <fieldset className="card" data-testid="legal-bases">
      <legend>Основания (преамбула приказов)</legend>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {fields.map((f, i) => {
          const row = rows[i] ?? f;
          const e = errors?.[i];
          return (
            <li key={f.id} data-basis={i + 1}>
              {row.kind === 'text' ? (
                <Field label="Основание (творительный падеж)" error={e?.title?.message}>
                  <textarea rows={2} {...register(`legalBases.${i}.title`)} />
                </Field>
              ) : (
                <>
                  <Field label="Кем издан (творительный падеж)" error={e?.issuer?.message} hint="приказом Министерства образования и науки Алтайского края">
                    <input {...register(`legalBases.${i}.issuer`)} />
                  </Field>
                  <div className="row">
                    <Field label="Дата" error={e?.date?.message}>
                      <FormDateInput control={control} name={`legalBases.${i}.date`} />
                    </Field>
                    <Field label="Номер" error={e?.number?.message}>
                      <input {...register(`legalBases.${i}.number`)} />
                    </Field>
                  </div>
                  <Field label="Наименование акта" error={e?.name?.message}>
                    <textarea rows={2} {...register(`legalBases.${i}.name`)} />
                  </Field>
                  <p className="muted" data-testid="basis-worded">
                    {worded(row) || 'Заполните реквизиты — здесь появится формулировка для преамбулы.'}
                  </p>
                </>
              )}
              <div className="row">
                {row.kind === 'text' ? (
                  <button type="button" className="secondary" onClick={() => toAct(i)}>
                    Ввести реквизитами
                  </button>
                ) : (
                  <button type="button" className="secondary" onClick={() => toText(i)}>
                    Править текстом
                  </button>
                )}
                <button type="button" className="secondary" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label="Выше">
                  ↑
                </button>
                <button type="button" className="secondary" disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} aria-label="Ниже">
                  ↓
                </button>
                <button type="button" className="secondary" onClick={() => remove(i)}>
                  Удалить
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {typeof errors?.message === 'string' && <p className="form-error">{errors.message}</p>}
      <div className="row">
        <button type="button" className="secondary" onClick={() => append(blankAct)}>
          Добавить приказ (региональный, муниципальный)
        </button>
        <button type="button" className="secondary" onClick={() => append({ ...blankAct, kind: 'text' })}>
          Добавить основание текстом
        </button>
      </div>
    </fieldset>
  );
}
