'use client';
// Adding or editing a staff member: the schema the import uses, the gender choice with the
// declined name beside it, and the personal data that is kept only with the consent.
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { declineFullName, formatDate, parseTurkicPatronymic, type PersonName } from '@/lib/core/russian';
import { withdrawalConsequences } from '@/lib/domain/people/personal-data-terms';
import { GENDER_CHOICES, NAME_FORM_FIELDS, nameFormsOf, type PersonFormInput, personSchema } from '@/lib/domain/validations/person';
import type { ActionResult } from '@/lib/server/action-result';
import { DeclinedName } from './declined-name';

interface Props {
  personId?: string;
  defaults: PersonFormInput;
  today: string;
  action: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
}

export function PersonForm({ personId, defaults, today, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(personSchema, (input) => action(personId ? { ...input, personId } : input), {
    defaultValues: defaults,
    onSuccess: () => (personId ? router.refresh() : router.push('/staff')),
  });
  const err = form.formState.errors;
  const [lastName, firstName, middleName, gender, consent, keepFather] = form.watch([
    'lastName',
    'firstName',
    'middleName',
    'gender',
    'personalDataConsent',
    'keepFatherName',
  ]);
  const typedForms = form.watch(NAME_FORM_FIELDS.map((f) => f.field));
  const consentGiven = consent === true || consent === 'on';
  const automatic: PersonName = {
    lastName: (lastName ?? '').trim(),
    firstName: (firstName ?? '').trim(),
    middleName: middleName?.trim() || null,
    gender: gender === 'male' || gender === 'female' ? gender : null,
    keepFatherName: keepFather === true || keepFather === 'on',
  };
  const named = automatic.lastName !== '' && automatic.firstName !== '';
  const turkic = automatic.middleName ? parseTurkicPatronymic(automatic.middleName) : null;
  const forms = nameFormsOf(Object.fromEntries(NAME_FORM_FIELDS.map((f, i) => [f.field, typedForms[i]?.trim() || null])));

  const onConsent = (checked: boolean) => {
    form.setValue('personalDataConsent', checked);
    if (checked && !form.getValues('personalDataConsentDate')) form.setValue('personalDataConsentDate', today);
    if (!checked) form.setValue('personalDataConsentDate', '');
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <div className="row">
        <Field label="Фамилия" error={err.lastName?.message}>
          <input {...form.register('lastName')} />
        </Field>
        <Field label="Имя" error={err.firstName?.message}>
          <input {...form.register('firstName')} />
        </Field>
        <Field label="Отчество" error={err.middleName?.message}>
          <input {...form.register('middleName')} />
        </Field>
      </div>
      <Field label="Пол (для склонения)" error={err.gender?.message}>
        <select {...form.register('gender')}>
          {GENDER_CHOICES.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>
      {turkic ? (
        <label>
          <input type="checkbox" {...form.register('keepFatherName')} /> Не склонять имя отца в отчестве («{turkic.fatherName}
          {turkic.tail}», а не «{declineFullName({ ...automatic, keepFatherName: false }, 'genitive').split(' ').slice(-2).join(' ')}» в родительном
          падеже)
        </label>
      ) : null}
      <DeclinedName name={{ ...automatic, forms }} />
      {named ? (
        <details open={forms !== null}>
          <summary>Исправить склонение имени</summary>
          <p className="muted">Если имя склоняется неверно, впишите Ф.И.О. полностью в нужном падеже: документы возьмут его вместо автоматического.</p>
          {NAME_FORM_FIELDS.map((f) => (
            <Field key={f.field} label={f.label} error={err[f.field]?.message}>
              <input {...form.register(f.field)} placeholder={declineFullName(automatic, f.case)} />
            </Field>
          ))}
        </details>
      ) : null}
      <Field label="Должность" error={err.position?.message} hint="Как в штатном расписании: «учитель математики»">
        <input {...form.register('position')} />
      </Field>
      <Field label="Предметы" error={err.subjects?.message} hint="Через запятую или по одному в строке">
        <textarea rows={2} {...form.register('subjects')} />
      </Field>
      <Field label="Эл. почта" error={err.email?.message}>
        <input type="email" {...form.register('email')} />
      </Field>
      <label>
        <input type="checkbox" checked={consentGiven} onChange={(e) => onConsent(e.target.checked)} /> Сотрудник дал согласие на обработку персональных данных
        (152-ФЗ)
      </label>
      {consentGiven ? (
        <Field label="Дата согласия" error={err.personalDataConsentDate?.message}>
          <FormDateInput control={form.control} name="personalDataConsentDate" />
        </Field>
      ) : (
        personId && <p className="muted">Снятие отметки записывает отзыв согласия сегодняшним днём: {withdrawalConsequences(today, formatDate)}</p>
      )}
      {/* From the employment record (ст. 86 ТК РФ): kept whatever happens to the consent. */}
      <div className="row">
        <Field label="Дата рождения" error={err.birthDate?.message}>
          <FormDateInput control={form.control} name="birthDate" />
        </Field>
        <Field label="Дата начала педагогической деятельности" error={err.pedagogicalStart?.message}>
          <FormDateInput control={form.control} name="pedagogicalStart" />
        </Field>
      </div>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : personId ? 'Сохранить' : 'Добавить сотрудника'}
      </button>
    </form>
  );
}
