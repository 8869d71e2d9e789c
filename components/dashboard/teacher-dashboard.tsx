// A teacher's page: who they are in the system and what awaits them.
import type { Scope } from '@/lib/auth/scope';

export function TeacherDashboard({ scope }: { scope: Scope }) {
  return (
    <>
      <h1>{scope.fullName}</h1>
      <p className="muted">{scope.orgShortName}</p>
      <div className="card">
        <h2>Документы для ознакомления</h2>
        <p>Новых документов нет. Когда куратор включит вас в приказ, он появится здесь для ознакомления.</p>
      </div>
    </>
  );
}
