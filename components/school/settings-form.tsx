'use client';
// The organization settings form: requisites that every order prints (the бланк's reference
// data included), the head with the declined forms of the name, the order-number suffix, the mentor load limit and the legal bases.
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type OrganizationSettingsInput, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import type { ActionResult } from '@/lib/server/action-result';
import { HeadDeclension } from './head-declension';
import { LegalBasesEditor } from './legal-bases-editor';

interface Props {
  defaults: OrganizationSettingsInput;
  action: (input: OrganizationSettingsInput) => Promise<ActionResult<{ id: string }>>;
}

export function SettingsForm({ defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(organizationSettingsSchema, action, {
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  const head = useWatch({ control: form.control, name: ['headPosition', 'headLastName', 'headFirstName', 'headMiddleName', 'headGender'] });
  const [position, lastName, firstName, middleName, gender] = head;
  return (
    <form className="stack" style={{ maxWidth: '52rem' }} onSubmit={onSubmit} noValidate>
      <Field label="Полное наименование" error={err.fullName?.message}>
        <textarea rows={2} {...form.register('fullName')} />
      </Field>
      <div className="row">
        <Field label="Краткое наименование" error={err.shortName?.message}>
          <input {...form.register('shortName')} />
        </Field>
        <Field label="Населённый пункт" error={err.city?.message} hint="«Бийск» печатается как «г. Бийск»; «с. Алтайское» — как есть">
          <input {...form.register('city')} />
        </Field>
      </div>
      <fieldset className="card">
        <legend>Бланк: справочные данные под наименованием (печатается то, что заполнено)</legend>
        <Field label="Почтовый адрес" error={err.address?.message} hint="ул. Ленина, д. 1, г. Бийск, Алтайский край, 659300">
          <input {...form.register('address')} />
        </Field>
        <div className="row">
          <Field label="Телефон" error={err.phone?.message}>
            <input type="tel" {...form.register('phone')} />
          </Field>
          <Field label="Электронная почта" error={err.email?.message}>
            <input type="email" {...form.register('email')} />
          </Field>
          <Field label="ОГРН" error={err.ogrn?.message} hint="оставьте пустым, если не печатать">
            <input inputMode="numeric" {...form.register('ogrn')} />
          </Field>
          <Field label="ИНН" error={err.inn?.message} hint="оставьте пустым, если не печатать">
            <input inputMode="numeric" {...form.register('inn')} />
          </Field>
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>Руководитель (подписывает приказы)</legend>
        <div className="row">
          <Field label="Должность руководителя" error={err.headPosition?.message}>
            <input {...form.register('headPosition')} />
          </Field>
          <Field label="Фамилия" error={err.headLastName?.message}>
            <input {...form.register('headLastName')} />
          </Field>
          <Field label="Имя" error={err.headFirstName?.message}>
            <input {...form.register('headFirstName')} />
          </Field>
          <Field label="Отчество" error={err.headMiddleName?.message}>
            <input {...form.register('headMiddleName')} />
          </Field>
          <Field label="Пол (для склонения)" error={err.headGender?.message}>
            <select {...form.register('headGender')}>
              <option value="auto">по отчеству</option>
              <option value="female">женский</option>
              <option value="male">мужской</option>
            </select>
          </Field>
        </div>
        <HeadDeclension
          position={position ?? ''}
          name={{ lastName: lastName ?? '', firstName: firstName ?? '', middleName: middleName || null, gender: gender === 'auto' ? null : gender }}
        />
      </fieldset>
      <div className="row">
        <Field label="Суффикс номера приказа" error={err.orderSuffix?.message} hint="«-од» даёт номера «181-од»">
          <input {...form.register('orderSuffix')} />
        </Field>
        <Field label="Суффикс приказа по личному составу" error={err.personnelOrderSuffix?.message} hint="Выплаты и поощрения: «-лс» даёт «12-лс»">
          <input {...form.register('personnelOrderSuffix')} />
        </Field>
        <Field label="Наставляемых на одного наставника, не больше" error={err.maxMenteesPerMentor?.message}>
          <input type="number" min={1} max={15} {...form.register('maxMenteesPerMentor')} />
        </Field>
      </div>
      <Field
        label="Пункт Положения об оплате труда о выплате за наставничество"
        error={err.payBasis?.message}
        hint="Продолжает «в соответствии с …»: «пунктом 4.5 Положения об оплате труда работников …, утвержденного приказом от … № …»"
      >
        <textarea rows={2} {...form.register('payBasis')} />
      </Field>
      <LegalBasesEditor
        control={form.control}
        register={form.register}
        errors={err.legalBases}
        setValue={(name, value) => form.setValue(name, value, { shouldDirty: true })}
      />
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить'}
      </button>
    </form>
  );
}
