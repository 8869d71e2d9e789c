'use client';
// The order on results: which finished pairs it lists and with what outcome, and which of
// their mentors are encouraged («Объявить благодарность …», a certificate or a premium).
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { declineFullName, type PersonName } from '@/lib/core/russian';
import { ENCOURAGEMENT_KINDS, type ResultsOrderInput, resultsOrderSchema } from '@/lib/domain/validations/completion';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  pairs: { id: string; label: string; terminated: boolean }[];
  mentors: { id: string; name: PersonName; label: string }[];
  defaults: ResultsOrderInput;
  action: (input: ResultsOrderInput) => Promise<ActionResult<{ id: string }>>;
}

export function ResultsOrderForm({ pairs, mentors, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(resultsOrderSchema, action, { defaultValues: defaults, onSuccess: ({ id }) => router.push(`/documents/${id}`) });
  const err = form.formState.errors;
  const rows = useWatch({ control: form.control, name: 'mentors' });
  return (
    <form className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate data-testid="results-order-form">
      <Field label="Период (после «программ наставничества педагогических работников»)" error={err.period?.message}>
        <input {...form.register('period')} />
      </Field>
      <strong>Пары в приказе</strong>
      {pairs.map((p, i) => (
        <div className="row" key={p.id}>
          <label style={{ flex: 1 }}>
            <input type="checkbox" {...form.register(`pairs.${i}.chosen`)} /> {p.label}
          </label>
          {p.terminated ? (
            <span className="muted">прекращена досрочно</span>
          ) : (
            <select aria-label="Итог" {...form.register(`pairs.${i}.outcome`)}>
              <option value="completed">программа выполнена</option>
              <option value="partial">выполнена частично</option>
            </select>
          )}
        </div>
      ))}
      {err.pairs?.message && <p className="form-error">{err.pairs.message}</p>}
      <strong>Поощрение наставников (отдельный приказ по личному составу, ст. 191 ТК РФ)</strong>
      {mentors.map((m, i) => {
        const row = rows?.[i];
        const e = err.mentors?.[i];
        return (
          <div key={m.id} className="card" data-mentor={m.label}>
            <label>
              <input type="checkbox" {...form.register(`mentors.${i}.chosen`)} /> {m.label}
            </label>
            {/* Kept mounted while hidden, so a mentor's choices survive unticking and ticking again. */}
            <div hidden={!row?.chosen}>
                <div className="row">
                  <Field label="Поощрение" error={e?.kind?.message}>
                    <select {...form.register(`mentors.${i}.kind`)}>
                      {Object.entries(ENCOURAGEMENT_KINDS).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  </Field>
                  {row.kind === 'premium' && (
                    <Field label="Размер премии" error={e?.size?.message}>
                      <input {...form.register(`mentors.${i}.size`)} placeholder="5000 рублей" />
                    </Field>
                  )}
                </div>
                <Field label="За что" error={e?.merit?.message}>
                  <input {...form.register(`mentors.${i}.merit`)} />
                </Field>
                <p className="muted">
                  В приказе: «{row.kind === 'certificate' ? `Наградить почетной грамотой ${declineFullName(m.name, 'accusative')}` : `${row.kind === 'premium' ? 'Выплатить премию' : 'Объявить благодарность'} ${declineFullName(m.name, 'dative')}`} …»
                </p>
            </div>
          </div>
        );
      })}
      {err.mentors?.message && <p className="form-error">{err.mentors.message}</p>}
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Подготовка…' : 'Подготовить приказ'}
      </button>
    </form>
  );
}
