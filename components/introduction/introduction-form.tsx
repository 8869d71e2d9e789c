'use client';
// The introduction form: the order, its acknowledgement list, the Положение and the roadmap,
// saved together as one draft (the order with its two annexes).
import { useRouter } from 'next/navigation';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type IntroductionInput, introductionSchema } from '@/lib/domain/validations/introduction';
import type { ActionResult } from '@/lib/server/action-result';
import { AcknowledgementPart } from './acknowledgement-part';
import { OrderPart } from './order-part';
import { RegulationPart } from './regulation-part';
import { RoadmapPart } from './roadmap-part';
import type { StaffOption } from './types';

interface Props {
  staff: StaffOption[];
  defaults: IntroductionInput;
  action: (input: IntroductionInput) => Promise<ActionResult<{ id: string }>>;
}

export function IntroductionForm({ staff, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(introductionSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const parts = { control: form.control, register: form.register, errors: form.formState.errors };
  return (
    <form className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate>
      <OrderPart {...parts} staff={staff} setValue={form.setValue} />
      <AcknowledgementPart control={form.control} errors={form.formState.errors} staff={staff} setValue={form.setValue} />
      <RegulationPart {...parts} staff={staff} />
      <RoadmapPart {...parts} />
      <FormStatus error={formError} saved={saved} savedText="Проект сохранён: проверьте PDF перед изданием." />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить проект'}
      </button>
    </form>
  );
}
