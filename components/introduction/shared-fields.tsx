'use client';
// The parts the school's introduction form and the student model's one have in common: the
// curator chosen from staff, the council's protocol, the Положение section by section and the
// roadmap's stages, and the save bar. Both schemas name these fields alike; each form brings
// its own wording.
import { type Control, type FieldErrors, type FieldValues, get, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { FormDateInput } from '@/components/form/date-input';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';

/** A form's control, register and errors without its own types: the parts address fields by name. */
export interface SharedParts {
  control: Control<FieldValues>;
  register: UseFormRegister<FieldValues>;
  errors: FieldErrors;
}

/** The parts of either introduction form, typed by its own schema, as the shared parts take them. */
export const sharedParts = (parts: { control: object; register: object; errors: object }) => parts as unknown as SharedParts;

const errorAt = (errors: FieldErrors, path: string) => (get(errors, path) as { message?: string } | undefined)?.message;

/** An array's own error: too few items, or the refinement over all of them. */
function ListError({ errors, name }: { errors: FieldErrors; name: string }) {
  const message = errorAt(errors, `${name}.root`) ?? errorAt(errors, name);
  return message ? <p className="form-error">{message}</p> : null;
}

interface CuratorOption {
  id: string;
  name: string;
  position: string;
}

/** Choosing the curator fills the position from the staff record (`onChoose`); it stays editable. */
export function CuratorFields({
  register,
  errors,
  staff,
  optionText,
  onChoose,
}: Pick<SharedParts, 'register' | 'errors'> & { staff: CuratorOption[]; optionText: (option: CuratorOption) => string; onChoose: (position: string) => void }) {
  return (
    <div className="row">
      <Field label="Куратор" error={errorAt(errors, 'curatorId')}>
        <select
          {...register('curatorId', {
            onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
              const chosen = staff.find((s) => s.id === e.target.value);
              if (chosen) onChoose(chosen.position);
            },
          })}
        >
          <option value="">— выберите сотрудника —</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {optionText(s)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Должность куратора" error={errorAt(errors, 'curatorPosition')}>
        <input {...register('curatorPosition')} />
      </Field>
    </div>
  );
}

/** The pedagogical council's protocol that adopted the Положение. */
export function CouncilProtocolFields({ control, register, errors }: SharedParts) {
  return (
    <div className="row">
      <Field label="Протокол педсовета: дата" error={errorAt(errors, 'councilDate')}>
        <FormDateInput control={control} name="councilDate" />
      </Field>
      <Field label="Протокол педсовета: номер" error={errorAt(errors, 'councilNumber')}>
        <input {...register('councilNumber')} />
      </Field>
    </div>
  );
}

/** The Положение's sections, each a title and a textarea of clauses; added and removed. */
export function SectionsEditor({
  control,
  register,
  errors,
  rows,
  hint,
  itemStyle,
}: SharedParts & { rows: number; hint: (index: number) => string; itemStyle?: React.CSSProperties }) {
  const sections = useFieldArray({ control, name: 'sections' });
  return (
    <>
      {sections.fields.map((f, i) => (
        <div key={f.id} className="stack" data-section={i + 1} style={itemStyle}>
          <div className="row">
            <Field label={`Раздел ${i + 1}`} error={errorAt(errors, `sections.${i}.title`)}>
              <input {...register(`sections.${i}.title`)} />
            </Field>
            <button type="button" className="secondary" onClick={() => sections.remove(i)}>
              Удалить раздел
            </button>
          </div>
          <Field label={`Текст раздела ${i + 1}`} error={errorAt(errors, `sections.${i}.text`)} hint={hint(i)}>
            <textarea rows={rows} {...register(`sections.${i}.text`)} />
          </Field>
        </div>
      ))}
      <ListError errors={errors} name="sections" />
      <div>
        <button type="button" className="secondary" onClick={() => sections.append({ title: '', text: '' })}>
          Добавить раздел
        </button>
      </div>
    </>
  );
}

const EMPTY_STAGE = { name: '', activities: '', term: '', responsible: '', result: '' };

/** The roadmap's stages, one row each; `movable` adds the buttons that reorder them. */
export function StagesEditor({
  control,
  register,
  errors,
  labels,
  movable = false,
}: SharedParts & { labels: { name: string; activities: string; result: string }; movable?: boolean }) {
  const stages = useFieldArray({ control, name: 'stages' });
  return (
    <>
      <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
        {stages.fields.map((f, i) => {
          const remove = (
            <button type="button" className="secondary" onClick={() => stages.remove(i)}>
              Удалить этап
            </button>
          );
          return (
            <li key={f.id} data-stage={i + 1}>
              <Field label={labels.name} error={errorAt(errors, `stages.${i}.name`)}>
                <input {...register(`stages.${i}.name`)} />
              </Field>
              <Field label={labels.activities} error={errorAt(errors, `stages.${i}.activities`)}>
                <textarea rows={4} {...register(`stages.${i}.activities`)} />
              </Field>
              <div className="row">
                <Field label="Сроки" error={errorAt(errors, `stages.${i}.term`)}>
                  <input {...register(`stages.${i}.term`)} />
                </Field>
                <Field label="Ответственный" error={errorAt(errors, `stages.${i}.responsible`)}>
                  <input {...register(`stages.${i}.responsible`)} />
                </Field>
              </div>
              <Field label={labels.result} error={errorAt(errors, `stages.${i}.result`)}>
                <textarea rows={2} {...register(`stages.${i}.result`)} />
              </Field>
              {movable ? (
                <div className="row">
                  <button type="button" className="secondary" disabled={i === 0} onClick={() => stages.move(i, i - 1)} aria-label="Выше">
                    ↑
                  </button>
                  <button type="button" className="secondary" disabled={i === stages.fields.length - 1} onClick={() => stages.move(i, i + 1)} aria-label="Ниже">
                    ↓
                  </button>
                  {remove}
                </div>
              ) : (
                remove
              )}
            </li>
          );
        })}
      </ol>
      <ListError errors={errors} name="stages" />
      <div>
        <button type="button" className="secondary" onClick={() => stages.append(EMPTY_STAGE)}>
          Добавить этап
        </button>
      </div>
    </>
  );
}

/** The bar that stays at the bottom of the window: saving the draft beside its preview and issue form. */
export function DraftSaveBar({
  formId,
  testId,
  ready,
  saving,
  formError,
  saved,
  children,
}: {
  formId: string;
  testId: string;
  ready: boolean;
  saving: boolean;
  formError: string | null;
  saved: boolean;
  /** The saved draft's preview link and issue form. */
  children?: React.ReactNode;
}) {
  return (
    <div className="save-bar" data-testid={testId}>
      <div className="row">
        <button type="submit" form={formId} disabled={!ready || saving}>
          {saving ? 'Сохранение…' : 'Сохранить проект'}
        </button>
        {children}
      </div>
      <FormStatus error={formError} saved={saved} savedText="Проект сохранён: проверьте PDF перед изданием." />
    </div>
  );
}
