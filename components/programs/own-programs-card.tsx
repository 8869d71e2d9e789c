// «Мои программы наставничества»: on a teacher's dashboard, the ППН of the pairs they mentor
// and their own ИОМ card, each plan with its completion marks, which the teacher sets as the
// year goes instead of asking the curator to.
import { markActivityAction } from '@/app/(app)/programs/actions';
import { getDb } from '@/db/client';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { listOwnPrograms } from '@/lib/server/programs/own-programs';
import { MarksTable } from './marks-table';

export async function OwnProgramsCard({ scope }: { scope: Scope }) {
  const programs = await listOwnPrograms(getDb(), scope);
  if (programs.length === 0) return null;
  const today = todayIso();
  return (
    <div className="card" data-own-programs>
      <h2>Мои программы наставничества</h2>
      <p className="muted">Отметьте выполненные мероприятия и дату выполнения: отметки попадают в печатную форму программы.</p>
      {programs.map((p) => (
        <section key={p.id} data-program={p.id}>
          <h3>{p.title}</h3>
          <MarksTable programId={p.id} rows={p.rows} today={today} action={markActivityAction} />
        </section>
      ))}
    </div>
  );
}
