'use client';
// Annex 1, the Положение: the council's protocol, the union's approval and each section's
// text in a textarea (clauses apart by a blank line, enumerations with «–»).
import { useFieldArray, useWatch } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { SECTION_TEXT_MAX } from '@/lib/domain/validations/introduction';
import type { PartProps, StaffOption } from './types';

export function RegulationPart({ control, register, errors, staff }: PartProps & { staff: StaffOption[] }) {
  const sections = useFieldArray({ control, name: 'sections' });
  const [texts, hasUnion] = useWatch({ control, name: ['sections', 'hasUnion'] });
  return (
    <fieldset className="card" id="intro-regulation" data-testid="regulation">
      <legend>Приложение № 1. Положение о системе наставничества</legend>
      <div className="row">
        <Field label="Протокол педсовета: дата" error={errors.councilDate?.message}>
          <FormDateInput control={control} name="councilDate" />
        </Field>
        <Field label="Протокол педсовета: номер" error={errors.councilNumber?.message}>
          <input {...register('councilNumber')} />
        </Field>
      </div>
      <label>
        <input type="checkbox" {...register('hasUnion')} /> Согласовано с первичной профсоюзной организацией (ст. 372 ТК РФ)
      </label>
      {hasUnion && (
        <Field label="Председатель профсоюзной организации" error={errors.unionChairId?.message} hint="Не выбран — в грифе останется строка для подписи">
          <select {...register('unionChairId')}>
            <option value="">— вписать от руки —</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <p className="muted">Пункты раздела разделяйте пустой строкой; строки, начинающиеся с «–», — перечисление внутри пункта. Номера пунктов проставляются сами.</p>
      {sections.fields.map((f, i) => (
        <div key={f.id} className="stack" data-section={i + 1} style={{ marginBottom: '1rem' }}>
          <div className="row">
            <Field label={`Раздел ${i + 1}`} error={errors.sections?.[i]?.title?.message}>
              <input {...register(`sections.${i}.title`)} />
            </Field>
            <button type="button" className="secondary" onClick={() => sections.remove(i)}>
              Удалить раздел
            </button>
          </div>
          <Field
            label={`Текст раздела ${i + 1}`}
            error={errors.sections?.[i]?.text?.message}
            hint={`${texts?.[i]?.text?.length ?? 0} из ${SECTION_TEXT_MAX} символов`}
          >
            <textarea rows={12} {...register(`sections.${i}.text`)} />
          </Field>
        </div>
      ))}
      {(errors.sections?.root?.message ?? errors.sections?.message) && <p className="form-error">{errors.sections?.root?.message ?? errors.sections?.message}</p>}
      <button type="button" className="secondary" onClick={() => sections.append({ title: '', text: '' })}>
        Добавить раздел
      </button>
    </fieldset>
  );
}
