'use client';
// The order's own fields: the curator chosen from staff with the declined form of the
// appointment shown (and correctable), the start, the roadmap period, the purpose and the
// curator's duties.
import { useFieldArray, useWatch, type UseFormSetValue } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { declineFullName } from '@/lib/core/russian';
import type { IntroductionInput } from '@/lib/domain/validations/introduction';
import { declinePosition } from '@/templates/_school/position';
import { CuratorFields, sharedParts } from './shared-fields';
import type { PartProps, StaffOption } from './types';

function nameParts(option: StaffOption) {
  const [lastName = '', firstName = '', ...rest] = option.name.split(' ');
  return { lastName, firstName, middleName: rest.join(' ') || null, gender: option.gender };
}

export function OrderPart({ control, register, errors, staff, setValue }: PartProps & { staff: StaffOption[]; setValue: UseFormSetValue<IntroductionInput> }) {
  const duties = useFieldArray({ control, name: 'curatorDuties' });
  const [curatorId, position, correction] = useWatch({ control, name: ['curatorId', 'curatorPosition', 'curatorPositionAccusative'] });
  const curator = staff.find((s) => s.id === curatorId);
  const appointment = curator
    ? `Назначить куратором реализации программ наставничества педагогических работников ${correction || declinePosition(position ?? '', 'accusative')} ${declineFullName(nameParts(curator), 'accusative')}.`
    : null;
  return (
    <fieldset className="card" id="intro-order">
      <legend>Приказ о внедрении</legend>
      <CuratorFields
        {...sharedParts({ control, register, errors })}
        staff={staff}
        optionText={(s) => (s.position ? `${s.name}, ${s.position}` : s.name)}
        onChoose={(chosen) => setValue('curatorPosition', chosen)}
      />
      {appointment && (
        <p className="muted" data-testid="curator-appointment">
          В приказе: «{appointment}»
        </p>
      )}
      <Field
        label="Должность в винительном падеже (если склонена неверно)"
        error={errors.curatorPositionAccusative?.message}
        hint="Оставьте пустым, если формулировка выше верна"
      >
        <input {...register('curatorPositionAccusative')} />
      </Field>
      <div className="row">
        <Field label="Дата внедрения (необязательно)" error={errors.startDate?.message}>
          <FormDateInput control={control} name="startDate" />
        </Field>
        <Field label="Период дорожной карты" error={errors.roadmapPeriod?.message}>
          <input {...register('roadmapPeriod')} />
        </Field>
      </div>
      <Field label="Цель внедрения (продолжает «в целях …»)" error={errors.purpose?.message}>
        <textarea rows={3} {...register('purpose')} />
      </Field>
      <p>
        <strong>Поручения куратору</strong>
      </p>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {duties.fields.map((f, i) => (
          <li key={f.id}>
            <div className="row">
              <Field label={`Поручение ${i + 1}`} error={errors.curatorDuties?.[i]?.text?.message}>
                <textarea rows={2} {...register(`curatorDuties.${i}.text`)} />
              </Field>
              <button type="button" className="secondary" onClick={() => duties.remove(i)}>
                Удалить
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => duties.append({ text: '' })}>
        Добавить поручение
      </button>
    </fieldset>
  );
}
