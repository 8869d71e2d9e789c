'use client';
// The kind of a forming pair or group, editable until the pair order fixes it.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { MENTORING_KINDS, ONE_ON_ONE_KINDS } from '@/lib/domain/mentoring/vocabulary';
import { type PairKindInput, pairKindSchema } from '@/lib/domain/validations/pairs';
import type { ActionResult } from '@/lib/server/action-result';

export function PairKindForm({
  pairId,
  kind,
  group,
  action,
}: {
  pairId: string;
  kind: PairKindInput['kind'];
  group: boolean;
  action: (input: PairKindInput) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(pairKindSchema, action, {
    defaultValues: { pairId, kind },
    onSuccess: () => router.refresh(),
  });
  // A group is never offered the one-on-one kinds.
  const kinds = MENTORING_KINDS.filter((k) => !group || !ONE_ON_ONE_KINDS.includes(k));
  return (
    <form className="row" onSubmit={onSubmit} noValidate>
      <Field label="Вид наставничества" error={form.formState.errors.kind?.message}>
        <select {...form.register('kind')}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="secondary" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        Сохранить вид
      </button>
      <FormStatus error={formError} saved={saved} savedText="Вид сохранён." />
    </form>
  );
}
