'use client';
// The form of the student model's introduction: the order (curator, dates, purpose, legal
// bases, duties), the Положение section by section and the roadmap rows, saved together as
// one draft (the order with its two annexes).
import { useRouter } from 'next/navigation';
import { useFieldArray } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
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

const EMPTY_STAGE = { name: '', activities: '', term: '', responsible: '', result: '' };

export function StudentIntroductionForm({ draftActions, staff, defaults, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(studentIntroductionSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const { register, control, setValue } = form;
  const err = form.formState.errors;
  const sections = useFieldArray({ control, name: 'sections' });
  const stages = useFieldArray({ control, name: 'stages' });
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
          <div className="row">
            <Field label="Куратор" error={err.curatorId?.message}>
              <select
                {...register('curatorId', {
                  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                    const chosen = staff.find((s) => s.id === e.target.value);
                    if (chosen) setValue('curatorPosition', chosen.position);
                  },
                })}
              >
                <option value="">— выберите сотрудника —</option>
                {staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Должность куратора" error={err.curatorPosition?.message}>
              <input {...register('curatorPosition')} />
            </Field>
          </div>
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
          <div className="row">
            <Field label="Протокол педсовета: дата" error={err.councilDate?.message}>
              <FormDateInput control={control} name="councilDate" />
            </Field>
            <Field label="Протокол педсовета: номер" error={err.councilNumber?.message}>
              <input {...register('councilNumber')} />
            </Field>
          </div>
          <p className="muted">
            Пункты раздела разделяйте пустой строкой; строки, начинающиеся с «–», — перечисление внутри пункта. Номера проставляются сами. Формы и ролевые
            модели берутся из настроек форм наставничества школы.
          </p>
          {sections.fields.map((f, i) => (
            <div key={f.id} className="stack" data-section={i + 1}>
              <div className="row">
                <Field label={`Раздел ${i + 1}`} error={err.sections?.[i]?.title?.message}>
                  <input {...register(`sections.${i}.title`)} />
                </Field>
                <button type="button" className="secondary" onClick={() => sections.remove(i)}>
                  Удалить раздел
                </button>
              </div>
              <Field label={`Текст раздела ${i + 1}`} error={err.sections?.[i]?.text?.message} hint={`до ${STUDENT_SECTION_TEXT_MAX} символов`}>
                <textarea rows={10} {...register(`sections.${i}.text`)} />
              </Field>
            </div>
          ))}
          {(err.sections?.root?.message ?? err.sections?.message) && <p className="form-error">{err.sections?.root?.message ?? err.sections?.message}</p>}
          <div>
            <button type="button" className="secondary" onClick={() => sections.append({ title: '', text: '' })}>
              Добавить раздел
            </button>
          </div>
        </fieldset>
        <fieldset className="card" id="st-intro-roadmap" data-testid="st-roadmap">
          <legend>Приложение № 2. Дорожная карта</legend>
          <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
            {stages.fields.map((f, i) => {
              const e = err.stages?.[i];
              return (
                <li key={f.id} data-stage={i + 1}>
                  <Field label="Этап" error={e?.name?.message}>
                    <input {...register(`stages.${i}.name`)} />
                  </Field>
                  <Field label="Мероприятия (по одному в строке)" error={e?.activities?.message}>
                    <textarea rows={4} {...register(`stages.${i}.activities`)} />
                  </Field>
                  <div className="row">
                    <Field label="Сроки" error={e?.term?.message}>
                      <input {...register(`stages.${i}.term`)} />
                    </Field>
                    <Field label="Ответственный" error={e?.responsible?.message}>
                      <input {...register(`stages.${i}.responsible`)} />
                    </Field>
                  </div>
                  <Field label="Результат" error={e?.result?.message}>
                    <textarea rows={2} {...register(`stages.${i}.result`)} />
                  </Field>
                  <button type="button" className="secondary" onClick={() => stages.remove(i)}>
                    Удалить этап
                  </button>
                </li>
              );
            })}
          </ol>
          {(err.stages?.root?.message ?? err.stages?.message) && <p className="form-error">{err.stages?.root?.message ?? err.stages?.message}</p>}
          <div>
            <button type="button" className="secondary" onClick={() => stages.append(EMPTY_STAGE)}>
              Добавить этап
            </button>
          </div>
        </fieldset>
      </form>
      <div className="save-bar" data-testid="st-intro-save-bar">
        <div className="row">
          <button type="submit" form="student-introduction-form" disabled={!form.formState.isReady || saving}>
            {saving ? 'Сохранение…' : 'Сохранить проект'}
          </button>
          {draftActions}
        </div>
        <FormStatus error={formError} saved={saved} savedText="Проект сохранён: проверьте PDF перед изданием." />
      </div>
    </>
  );
}
