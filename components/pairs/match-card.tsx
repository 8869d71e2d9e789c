'use client';
// One mentee without a pair: the mentors ranked by the matching score with its reasons, and
// the form that forms the pair. Any mentor of the bank can be chosen; a full one cannot.
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import type { MentorSuggestion } from '@/lib/domain/mentoring/matching';
import { MENTORING_BASES, MENTORING_BASIS_LABELS, MENTORING_FORM_NOTES, MENTORING_FORMS, MENTORING_KINDS } from '@/lib/domain/mentoring/vocabulary';
import { type CreatePairInput, createPairSchema } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  mentee: { id: string; name: string; position: string; category: string; deficits: string[]; requests: string };
  suggestions: MentorSuggestion[];
  term: { start: string; end: string };
  action: (input: CreatePairInput) => Promise<ActionResult<{ id: string }>>;
}

export function MatchCard({ mentee, suggestions, term, action }: Props) {
  const router = useRouter();
  const best = suggestions.find((s) => s.selectable);
  const { form, onSubmit, formError } = useActionForm(createPairSchema, action, {
    defaultValues: {
      mentorId: best?.mentor.personId ?? '',
      menteeIds: [mentee.id],
      form: MENTORING_FORMS[0],
      kind: MENTORING_KINDS[0],
      start: term.start,
      end: term.end,
      basis: 'agreement',
      paymentSize: '',
    },
    onSuccess: () => router.refresh(),
  });
  const err = form.formState.errors;
  const formNote = MENTORING_FORM_NOTES[useWatch({ control: form.control, name: 'form' }) as keyof typeof MENTORING_FORM_NOTES];
  return (
    <form className="card" onSubmit={onSubmit} noValidate data-mentee={mentee.id}>
      <h3>{mentee.name}</h3>
      <p className="muted">
        {mentee.position} · {mentee.category}
        {mentee.deficits.length > 0 && <> · дефициты: {mentee.deficits.join('; ')}</>}
        {mentee.requests && <> · запрос: {mentee.requests}</>}
      </p>
      {suggestions.length === 0 ? (
        <p className="notice">В банке нет наставников: добавьте их на странице «Банки наставников и наставляемых».</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Выбор</th>
              <th>Наставник</th>
              <th>Баллы</th>
              <th>Почему</th>
            </tr>
          </thead>
          <tbody>
            {suggestions.map((s) => (
              <tr key={s.mentor.personId}>
                <td>
                  <input
                    type="radio"
                    value={s.mentor.personId}
                    disabled={!s.selectable}
                    aria-label={`Выбрать наставника ${s.mentor.name}`}
                    {...form.register('mentorId')}
                  />
                </td>
                <td>
                  {s.mentor.name} {!s.selectable && <span className="badge todo">нет мест</span>}
                </td>
                <td>{s.score}</td>
                <td>{s.reasons.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {err.mentorId && <span className="error">Выберите наставника.</span>}
      <div className="row">
        <Field label="Форма наставничества" error={err.form?.message} hint={formNote}>
          <select {...form.register('form')}>
            {MENTORING_FORMS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </Field>
        <Field label="Вид наставничества" error={err.kind?.message}>
          <select {...form.register('kind')}>
            {MENTORING_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="row">
        <Field label="Начало" error={err.start?.message}>
          <FormDateInput control={form.control} name="start" />
        </Field>
        <Field label="Окончание" error={err.end?.message} hint="От 3 месяцев до 1 года">
          <FormDateInput control={form.control} name="end" />
        </Field>
        <Field label="Выплата за наставничество" error={err.paymentSize?.message} hint="Как в дополнительном соглашении: «3000 рублей в месяц»">
          <input {...form.register('paymentSize')} />
        </Field>
      </div>
      <Field
        label="Основание работы наставника"
        error={err.basis?.message}
        hint="Руководитель не заключает соглашение сам с собой: в рамках трудовой функции или соглашение с учредителем"
      >
        <select {...form.register('basis')}>
          {MENTORING_BASES.map((b) => (
            <option key={b} value={b}>
              {MENTORING_BASIS_LABELS[b]}
            </option>
          ))}
        </select>
      </Field>
      <FormStatus error={formError} />
      <button type="submit" disabled={form.formState.isSubmitting || suggestions.length === 0}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сформировать пару'}
      </button>
    </form>
  );
}
