// «Мои программы наставничества»: on a teacher's dashboard, the ППН of the pairs they mentor
// and their own ИОМ card, each plan with its completion marks, which the teacher sets as the
// year goes instead of asking the curator to.
import type { ComponentProps } from 'react';
import type { OwnProgram } from '@/lib/server/programs/own-programs';
import { MarksTable } from './marks-table';

export function OwnProgramsCard({
  programs,
  today,
  mark,
}: {
  programs: OwnProgram[];
  today: string;
  mark: ComponentProps<typeof MarksTable>['action'];
}) {
  if (programs.length === 0) return null;
  return (
    <div className="card" data-own-programs>
      <h2>Мои программы наставничества</h2>
      <p className="muted">Отметьте выполненные мероприятия и дату выполнения: отметки попадают в печатную форму программы.</p>
      {programs.map((p) => (
        <section key={p.id} data-program={p.id}>
          <h3>{p.title}</h3>
          <MarksTable programId={p.id} rows={p.rows} today={today} action={mark} />
        </section>
      ))}
    </div>
  );
}
