'use client';
// Annex 1, the Положение: the council's protocol, the union's approval and each section's
// text in a textarea (clauses apart by a blank line, enumerations with «–»).
import { useWatch } from 'react-hook-form';
import { Field } from '@/components/form/field';
import { SECTION_TEXT_MAX } from '@/lib/domain/validations/introduction';
import { CouncilProtocolFields, SectionsEditor, sharedParts } from './shared-fields';
import type { PartProps, StaffOption } from './types';

export function RegulationPart({ control, register, errors, staff }: PartProps & { staff: StaffOption[] }) {
  const [texts, hasUnion] = useWatch({ control, name: ['sections', 'hasUnion'] });
  return (
    <fieldset className="card" id="intro-regulation" data-testid="regulation">
      <legend>Приложение № 1. Положение о системе наставничества</legend>
      <CouncilProtocolFields {...sharedParts({ control, register, errors })} />
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
      <SectionsEditor
        {...sharedParts({ control, register, errors })}
        rows={12}
        hint={(i) => `${texts?.[i]?.text?.length ?? 0} из ${SECTION_TEXT_MAX} символов`}
        itemStyle={{ marginBottom: '1rem' }}
      />
    </fieldset>
  );
}
