'use client';
// The introduction form: the order, its acknowledgement list, the Положение and the roadmap,
// saved together as one draft (the order with its two annexes).
import { useRouter } from 'next/navigation';
import { useActionForm } from '@/components/form/use-action-form';
import { type IntroductionInput, introductionSchema } from '@/lib/domain/validations/introduction';
import type { ActionResult } from '@/lib/server/action-result';
import { AcknowledgementPart } from './acknowledgement-part';
import { OrderPart } from './order-part';
import { RegulationPart } from './regulation-part';
import { RoadmapPart } from './roadmap-part';
import { DraftSaveBar } from './shared-fields';
import type { StaffOption } from './types';

interface Props {
  /** The saved draft's preview link and issue form, kept in the bar beside «Сохранить проект». */
  draftActions?: React.ReactNode;
  staff: StaffOption[];
  defaults: IntroductionInput;
  action: (input: IntroductionInput) => Promise<ActionResult<{ id: string }>>;
}

export function IntroductionForm({ draftActions, staff, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(introductionSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const parts = { control: form.control, register: form.register, errors: form.formState.errors };
  const saving = form.formState.isSubmitting;
  // A long form (the order, the list, the Положение section by section, the roadmap): a table of
  // contents at the top and a bar that stays at the bottom of the window with saving, the
  // preview and issuing, so none of them needs scrolling back.
  return (
    <>
      <nav className="card toc" aria-label="Разделы формы">
        <span>Разделы:</span>
        <a href="#intro-order">1. Приказ</a>
        <a href="#intro-acknowledgement">2. Лист ознакомления</a>
        <a href="#intro-regulation">3. Положение</a>
        <a href="#intro-roadmap">4. Дорожная карта</a>
      </nav>
      <form id="introduction-form" className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate>
        <OrderPart {...parts} staff={staff} setValue={form.setValue} />
        <AcknowledgementPart control={form.control} errors={form.formState.errors} staff={staff} setValue={form.setValue} />
        <RegulationPart {...parts} staff={staff} />
        <RoadmapPart {...parts} />
      </form>
      <DraftSaveBar formId="introduction-form" testId="intro-save-bar" ready={form.formState.isReady} saving={saving} formError={formError} saved={saved}>
        {draftActions}
      </DraftSaveBar>
    </>
  );
}
