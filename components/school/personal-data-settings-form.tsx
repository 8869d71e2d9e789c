'use client';
// What the school's personal-data consents state (operator address, processor, recipients,
// term, the legal references they cite) and its local act on electronic HR documents, which in-app acknowledgements need.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type PersonalDataSettingsInput, personalDataSettingsSchema } from '@/lib/domain/validations/personal-data-settings';
import type { ActionResult } from '@/lib/server/action-result';

/** Where each reference is printed, in the words around it. */
const CITATIONS = [
  ['consentBasis', 'Согласие на обработку: основание', 'В начале: «Я, …, [ссылка] свободно, своей волей и в своем интересе даю согласие…»'],
  ['withdrawalTerms', 'Согласие на обработку: уничтожение после отзыва', '«…прекращает обработку персональных данных и уничтожает их [ссылка], если иное…»'],
  ['notDistribution', 'Согласие на обработку: не согласие на распространение', '«Настоящее согласие не является согласием на распространение персональных данных ([ссылка]).»'],
  ['distributionBasis', 'Согласие на распространение: основание', 'В начале: «Я, …, [ссылка] даю согласие оператору…»'],
  ['distributionConditions', 'Согласие на распространение: условия и запреты', '«Условия и запреты на обработку неограниченным кругом лиц ([ссылка]): …»'],
  ['distributionWithdrawal', 'Согласие на распространение: отзыв', '«…обработка которых подлежит прекращению ([ссылка]); действие согласия прекращается…»'],
] as const;

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
        <legend>Ссылки на закон в согласиях (152-ФЗ)</legend>
        <p className="muted">Каждая ссылка печатается так, как написана здесь, на своём месте в тексте согласия; уже выданные согласия сохраняют прежнюю редакцию.</p>
        {CITATIONS.map(([name, label, hint]) => (
          <Field key={name} label={label} error={err.citations?.[name]?.message} hint={hint}>
            <input {...form.register(`citations.${name}`)} />
          </Field>
        ))}
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
