'use client';
// What the school's personal-data consents state (operator address, processor, recipients,
// term) and its local act on electronic HR documents, which in-app acknowledgements need.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type PersonalDataSettingsInput, personalDataSettingsSchema } from '@/lib/domain/validations/personal-data-settings';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  defaults: PersonalDataSettingsInput;
  action: (input: PersonalDataSettingsInput) => Promise<ActionResult<{ id: string }>>;
}

export function PersonalDataSettingsForm({ defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(personalDataSettingsSchema, action, {
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" style={{ maxWidth: '52rem' }} onSubmit={onSubmit} noValidate>
      <fieldset className="card">
        <legend>Согласие на обработку персональных данных (ст. 9 ч. 4 152-ФЗ)</legend>
        <Field label="Адрес организации (оператора)" error={err.operatorAddress?.message}>
          <input {...form.register('operatorAddress')} />
        </Field>
        <div className="row">
          <Field
            label="Лицо, обрабатывающее данные по поручению"
            error={err.processorName?.message}
            hint="Кто размещает приложение, если не сама организация (хостинг-провайдер, муниципальный центр)"
          >
            <input {...form.register('processorName')} />
          </Field>
          <Field label="Его адрес" error={err.processorAddress?.message}>
            <input {...form.register('processorAddress')} />
          </Field>
        </div>
        <Field label="Получатели данных" error={err.recipients?.message} hint="По одному в строке: «наименование; адрес»">
          <textarea rows={3} {...form.register('recipients')} />
        </Field>
        <Field label="Срок действия согласия" error={err.term?.message}>
          <textarea rows={2} {...form.register('term')} />
        </Field>
      </fieldset>
      <fieldset className="card">
        <legend>Локальный акт об электронном кадровом документообороте (ст. 22.2 ТК РФ)</legend>
        <p className="muted">Пока акт не указан, ознакомление в приложении не имеет силы: все подписывают листы ознакомления на бумаге.</p>
        <div className="row">
          <Field label="Дата акта" error={err.electronicHrActDate?.message}>
            <FormDateInput control={form.control} name="electronicHrActDate" />
          </Field>
          <Field label="Номер акта" error={err.electronicHrActNumber?.message}>
            <input {...form.register('electronicHrActNumber')} />
          </Field>
        </div>
      </fieldset>
      <FormStatus error={formError} saved={saved} />
      <div>
        <button type="submit" disabled={form.formState.isSubmitting}>
          Сохранить
        </button>
      </div>
    </form>
  );
}
