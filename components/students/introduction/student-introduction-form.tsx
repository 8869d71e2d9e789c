'use client';
// The form of the student model's introduction: the order (curator, dates, purpose, legal
// bases, duties), the Положение section by section and the roadmap rows, saved together as
// one draft (the order with its two annexes).
import { useRouter } from 'next/navigation';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { useActionForm } from '@/components/form/use-action-form';
import { CouncilProtocolFields, CuratorFields, DraftSaveBar, SectionsEditor, sharedParts, StagesEditor } from '@/components/introduction/shared-fields';
import { STUDENT_SECTION_TEXT_MAX, type StudentIntroductionInput, studentIntroductionSchema } from '@/lib/domain/students/introduction-input';
import type { ActionResult } from '@/lib/server/action-result';

export interface StaffOption {
  id: string;
  name: string;
  position: string;
}

interface Props {
  draftActions?: React.ReactNode;
  staff: StaffOption[];
  defaults: StudentIntroductionInput;
  action: (input: StudentIntroductionInput) => Promise<ActionResult<{ id: string }>>;
}

const STAGE_LABELS = { name: 'Этап', activities: 'Мероприятия (по одному в строке)', result: 'Результат' };

export function StudentIntroductionForm({ draftActions, staff, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(studentIntroductionSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const { register, control, setValue } = form;
  const err = form.formState.errors;
  const parts = sharedParts({ control, register, errors: err });
  const saving = form.formState.isSubmitting;
  return (
    <>
      <nav className="card toc" aria-label="Разделы формы">
        <span>Разделы:</span>
        <a href="#st-intro-order">1. Приказ</a>
        <a href="#st-intro-regulation">2. Положение</a>
        <a href="#st-intro-roadmap">3. Дорожная карта</a>
      </nav>
      <form id="student-introduction-form" className="stack" style={{ maxWidth: '60rem' }} onSubmit={onSubmit} noValidate>
        <fieldset className="card" id="st-intro-order">
          <legend>Приказ о внедрении</legend>
          <CuratorFields {...parts} staff={staff} optionText={(s) => s.name} onChoose={(position) => setValue('curatorPosition', position)} />
          <div className="row">
            <Field label="Дата внедрения" error={err.startDate?.message} hint="Пусто — без даты в пункте 1">
              <FormDateInput control={control} name="startDate" />
            </Field>
            <Field label="Период дорожной карты" error={err.roadmapPeriod?.message}>
              <input {...register('roadmapPeriod')} />
            </Field>
          </div>
          <Field label="В целях…" error={err.purpose?.message}>
            <textarea rows={3} {...register('purpose')} />
          </Field>
          <Field label="Правовые основания (по одному в строке, в творительном падеже)" error={err.legalBases?.message}>
            <textarea rows={6} {...register('legalBases')} />
          </Field>
          <Field label="Поручения куратору (по одному в строке)" error={err.curatorDuties?.message}>
            <textarea rows={5} {...register('curatorDuties')} />
          </Field>
        </fieldset>
        <fieldset className="card" id="st-intro-regulation" data-testid="st-regulation">
          <legend>Приложение № 1. Положение о наставничестве обучающихся</legend>
          <CouncilProtocolFields {...parts} />
          <p className="muted">
            Пункты раздела разделяйте пустой строкой; строки, начинающиеся с «–», — перечисление внутри пункта. Номера проставляются сами. Формы и ролевые
            модели берутся из настроек форм наставничества школы.
          </p>
          <SectionsEditor {...parts} rows={10} hint={() => `до ${STUDENT_SECTION_TEXT_MAX} символов`} />
        </fieldset>
        <fieldset className="card" id="st-intro-roadmap" data-testid="st-roadmap">
          <legend>Приложение № 2. Дорожная карта</legend>
          <StagesEditor {...parts} labels={STAGE_LABELS} />
        </fieldset>
      </form>
      <DraftSaveBar formId="student-introduction-form" testId="st-intro-save-bar" ready={form.formState.isReady} saving={saving} formError={formError} saved={saved}>
        {draftActions}
      </DraftSaveBar>
    </>
  );
}
