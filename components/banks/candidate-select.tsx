'use client';
// The staff member an add form puts into a bank, chosen from those in neither bank.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/form/field';

export interface Candidate {
  id: string;
  label: string;
  /** Less than 3 full years of pedagogical work on today's date. */
  youngSpecialist: boolean;
}

export function CandidateSelect({ candidates, error, registration }: { candidates: Candidate[]; error?: string; registration: UseFormRegisterReturn }) {
  return (
    <Field label="Сотрудник" error={error}>
      {/* Long names and positions must not widen the form past its column. */}
      <select {...registration} style={{ maxWidth: '38rem' }}>
        <option value="">— выберите —</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
