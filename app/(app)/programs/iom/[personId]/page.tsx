import type { Metadata } from 'next';
import Link from 'next/link';
import { IomForm } from '@/components/programs/iom-form';
import { MarksTable } from '@/components/programs/marks-table';
import { PrintLinks } from '@/components/programs/print-links';
import { fullNameOf } from '@/lib/core/russian';
import { planRows } from '@/lib/domain/school/program-data';
import { todayIso } from '@/lib/server/clock';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { iomFormState } from '@/lib/server/programs/form-defaults';
import { scopedPage } from '@/lib/server/scoped-read';
import { markActivityAction, saveIomAction } from '../../actions';

export const metadata: Metadata = { title: 'Карта ИОМ' };

export default async function IomPage({ params }: { params: Promise<{ personId: string }> }) {
  const { read } = await scopedPage('mentoring.manage');
  const { personId } = await params;
  const state = await notFoundOnAppError(read(iomFormState, personId));
  return (
    <>
      <p>
        <Link href="/programs">← Программы</Link>
      </p>
      <h1>Карта индивидуального образовательного маршрута</h1>
      <div className="card">
        <p>
          <strong>{fullNameOf(state.person)}</strong>, {state.person.position}
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
      <h2>{state.program ? 'Карта' : 'Новая карта'}</h2>
      {/* Remounted when a mark changes the data, so saving the plan keeps the marks. */}
      <IomForm key={state.program?.updatedAt.toISOString() ?? 'new'} defaults={state.defaults} action={saveIomAction} />
    </>
  );
}
