import type { Metadata } from 'next';
import Link from 'next/link';
import { MarksTable } from '@/components/programs/marks-table';
import { PpnForm } from '@/components/programs/ppn-form';
import { PrintLinks } from '@/components/programs/print-links';
import { fullNameOf } from '@/lib/core/russian';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { planRows } from '@/lib/domain/school/program-data';
import { todayIso } from '@/lib/server/clock';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { ppnFormState } from '@/lib/server/programs/form-defaults';
import { scopedPage } from '@/lib/server/scoped-read';
import { markActivityAction, savePpnAction } from '../../actions';

export const metadata: Metadata = { title: 'ППН' };

export default async function PairProgramPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { read } = await scopedPage('mentoring.manage');
  const { pairId } = await params;
  const state = await notFoundOnAppError(read(ppnFormState, pairId));
  const editable = state.pair.status === 'forming' || state.pair.status === 'active';
  return (
    <>
      <p>
        <Link href="/programs">← Программы</Link>
      </p>
      <h1>Персонализированная программа наставничества</h1>
      <div className="card">
        <p>
          Наставник: <strong>{fullNameOf(state.mentor)}</strong>, {state.mentor.position}
        </p>
        <p>
          {state.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: {state.mentees.map((m) => `${fullNameOf(m)}, ${m.position}`).join('; ')}
        </p>
        <p className="muted">
          {state.pair.form} · {state.pair.kind} · {PAIR_STATUS_LABELS[state.pair.status]}
        </p>
        {state.program && <PrintLinks programId={state.program.id} />}
      </div>
      {state.program && (
        <>
          <h2>Отметки о выполнении</h2>
          <MarksTable
            programId={state.program.id}
            rows={planRows(state.program.data as Parameters<typeof planRows>[0])}
            today={todayIso()}
            action={markActivityAction}
          />
        </>
      )}
      <h2>{state.program ? 'Программа' : 'Новая программа'}</h2>
      {editable ? (
        <PpnForm key={state.program?.updatedAt.toISOString() ?? 'new'} defaults={state.defaults} action={savePpnAction} />
      ) : (
        <p className="notice">Пара {PAIR_STATUS_LABELS[state.pair.status]}: программа больше не меняется.</p>
      )}
    </>
  );
}
