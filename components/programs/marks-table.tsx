'use client';
// The plan of a saved program with its completion marks: each row is marked done on a date
// (or unmarked) on its own, during the year, without re-saving the plan.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { DateInput } from '@/components/form/date-input';
import { formatDate } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';

interface Row {
  title: string;
  due: string;
  doneOn: string | null;
}

type MarkAction = (input: { programId: string; index: number; doneOn: string | null }) => Promise<ActionResult<{ id: string }>>;

function MarkRow({ programId, index, row, today, action }: { programId: string; index: number; row: Row; today: string; action: MarkAction }) {
  const router = useRouter();
  const [date, setDate] = useState(row.doneOn ?? today);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (doneOn: string | null) =>
    start(async () => {
      const res = await action({ programId, index, doneOn });
      if (!res.ok) return setError(res.fieldErrors?.doneOn?.[0] ?? res.error);
      setError(null);
      router.refresh();
    });
  return (
    <tr data-mark-row={index + 1} data-done={row.doneOn ? 'yes' : 'no'}>
      <td>{index + 1}.</td>
      <td>{row.title}</td>
      <td>{row.due}</td>
      <td>
        <label>
          <input type="checkbox" checked={Boolean(row.doneOn)} disabled={pending} onChange={(e) => submit(e.target.checked ? date : null)} />{' '}
          {row.doneOn ? `выполнено ${formatDate(row.doneOn)}` : 'не выполнено'}
        </label>
        <div className="row">
          <DateInput aria-label="Дата выполнения" value={date} onChange={setDate} />
          {row.doneOn && row.doneOn !== date && (
            <button type="button" className="secondary" disabled={pending} onClick={() => submit(date)}>
              Изменить дату
            </button>
          )}
        </div>
        {error && <p className="form-error">{error}</p>}
      </td>
    </tr>
  );
}

export function MarksTable({ programId, rows, today, action }: { programId: string; rows: Row[]; today: string; action: MarkAction }) {
  return (
    <table className="data" data-testid="marks">
      <thead>
        <tr>
          <th>№</th>
          <th>Мероприятие</th>
          <th>Срок</th>
          <th>Отметка о выполнении</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <MarkRow key={`${i}-${row.title}`} programId={programId} index={i} row={row} today={today} action={action} />
        ))}
      </tbody>
    </table>
  );
}
