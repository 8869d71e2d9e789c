'use client';
// The student model's settings of the school: co-signing age, publication of names, curator.
import { useRouter } from 'next/navigation';
import { Field } from '@/components/form/field';
import { FormStatus } from '@/components/form/form-status';
import { useActionForm } from '@/components/form/use-action-form';
import { type StudentSettingsFormInput, studentSettingsSchema } from '@/lib/domain/validations/students-people';
import type { ActionResult } from '@/lib/server/action-result';

interface Props {
  defaults: StudentSettingsFormInput;
  staff: { id: string; name: string; position: string }[];
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
}

export function StudentSettingsForm({ defaults, staff, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm(studentSettingsSchema, action, { defaultValues: defaults, onSuccess: () => router.refresh() });
  const err = form.formState.errors;
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field
        label="С какого возраста обучающийся подписывает согласия вместе с родителем"
        error={err.cosignAge?.message}
        hint="Обычно 14 лет. Оставьте пустым, если согласия подписывает только законный представитель."
      >
        <input type="number" min={10} max={18} inputMode="numeric" {...form.register('cosignAge')} />
      </Field>
      <label>
        <input type="checkbox" {...form.register('publishesNames')} /> На этапе подведения итогов школа публикует имена или фотографии участников (тогда
        нужно согласие на распространение персональных данных)
      </label>
      <Field label="Куратор наставничества обучающихся" error={err.curatorId?.message}>
        <select {...form.register('curatorId')}>
          <option value="">— не назначен —</option>
          {staff.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.position ? `, ${p.position}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <FormStatus error={formError} saved={saved} />
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Сохранение…' : 'Сохранить'}
      </button>
    </form>
  );
}
