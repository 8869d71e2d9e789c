'use client';
// Adds a mentee without a pair to a forming pair, which makes it a group.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { addMenteeSchema } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';

export function AddMenteeForm({
  pairId,
  candidates,
  action,
}: {
  pairId: string;
  candidates: { id: string; name: string }[];
  action: (input: { pairId: string; menteeId: string }) => Promise<ActionResult<{ renewed: number }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(addMenteeSchema, action, {
    defaultValues: { pairId, menteeId: candidates[0]?.id ?? '' },
    onSuccess: () => router.refresh(),
  });
  if (candidates.length === 0) return <p className="muted">Все наставляемые банка уже в парах.</p>;
  return (
    <form className="row" onSubmit={onSubmit} noValidate>
      <Field label="Наставляемый" error={form.formState.errors.menteeId?.message}>
        <select {...form.register('menteeId')}>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        Добавить в группу
      </button>
      <FormStatus error={formError} saved={saved} savedText="Добавлен. Согласие наставника и дополнительное соглашение оформляются заново." />
    </form>
  );
}
