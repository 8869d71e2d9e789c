'use client';
// Who acknowledges the order: staff chosen by checkboxes (all by default).
import { useWatch, type UseFormSetValue } from 'react-hook-form';
import type { IntroductionInput } from '@/lib/domain/validations/introduction';
import type { PartProps, StaffOption } from './types';

export function AcknowledgementPart({
  control,
  errors,
  staff,
  setValue,
}: Omit<PartProps, 'register'> & { staff: StaffOption[]; setValue: UseFormSetValue<IntroductionInput> }) {
  const chosen = useWatch({ control, name: 'acknowledgementIds' }) ?? [];
  const set = (ids: string[]) => setValue('acknowledgementIds', ids, { shouldDirty: true });
  const toggle = (id: string, on: boolean) =>
    set(on ? staff.filter((s) => s.id === id || chosen.includes(s.id)).map((s) => s.id) : chosen.filter((c) => c !== id));
  return (
    <fieldset className="card" id="intro-acknowledgement" data-testid="acknowledgement-list">
      <legend>
        Лист ознакомления: {chosen.length} из {staff.length}
      </legend>
      <div className="row">
        <button type="button" className="secondary" onClick={() => set(staff.map((s) => s.id))}>
          Выбрать всех
        </button>
        <button type="button" className="secondary" onClick={() => set([])}>
          Снять всех
        </button>
      </div>
      <div className="grid" style={{ marginTop: '0.75rem' }}>
        {staff.map((s) => (
          <label key={s.id}>
            <input type="checkbox" checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} /> {s.name}
            <span className="muted"> — {s.position || 'должность не указана'}</span>
          </label>
        ))}
      </div>
      {errors.acknowledgementIds && <p className="form-error">{errors.acknowledgementIds.message ?? errors.acknowledgementIds.root?.message}</p>}
    </fieldset>
  );
}
