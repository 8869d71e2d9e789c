'use client';
// Preparing the order approving the методический актив: the period and each mentor's
// qualification category (not kept in the bank; it goes into the order only). The draft
// opens on its document page for preview and issue.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type MentorListOrderFormInput, mentorListOrderSchema, QUALIFICATION_CATEGORIES } from '@/lib/domain/validations/banks';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  mentors: { id: string; name: string }[];
  defaults: MentorListOrderFormInput;
  action: (raw: unknown) => Promise<ActionResult<{ id: string }>>;
}

export function MentorListOrderForm({ mentors, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm(mentorListOrderSchema, action, {
    defaultValues: defaults,
    onSuccess: ({ id }) => router.push(`/documents/${id}`),
  });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field label="Период (после заголовка приказа)" error={err.period?.message}>
        <input {...form.register('period')} />
      </Field>
      <table className="data">
        <thead>
          <tr>
            <th>Наставник</th>
            <th>Квалификационная категория</th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((m, i) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td>
                <input type="hidden" {...form.register(`categories.${i}.personId`)} />
                <select aria-label={`Категория: ${m.name}`} {...form.register(`categories.${i}.category`)}>
                  {QUALIFICATION_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {c || 'без категории'}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormStatus error={formError} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Подготовка…' : 'Подготовить проект приказа'}
      </button>
    </form>
  );
}
