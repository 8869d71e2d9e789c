'use client';
// Creates the program of a pair from the pair's data and opens it.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

export function CreateProgramButton({ pairId, action }: { pairId: string; action: (input: { pairId: string }) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await action({ pairId });
            if (!res.ok) return setError(res.error);
            router.push(`/students/programs/${res.data.id}`);
          })
        }
      >
        {pending ? 'Создание…' : 'Составить программу'}
      </button>
      {error && <p className="form-error">{error}</p>}
    </>
  );
}
