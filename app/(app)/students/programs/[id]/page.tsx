import type { Metadata } from 'next';
import Link from 'next/link';
import { MarksTable } from '@/components/programs/marks-table';
import { StudentProgramForm } from '@/components/students/programs/student-program-form';
import { formatDate, fullNameOf } from '@/lib/core/russian';
import { todayIso } from '@/lib/server/clock';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { loadStudentProgramPage } from '@/lib/server/students/programs';
import { markStudentProgramAction, saveStudentProgramAction } from '../actions';

export const metadata: Metadata = { title: 'Программа наставничества' };

export default async function StudentProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('students.manage');
  const { id } = await params;
  const program = await notFoundOnAppError(read(loadStudentProgramPage, id));
  const d = program.data;
  return (
    <>
      <p>
        <Link href="/students/programs">← Программы</Link>
      </p>
      <h1>Программа наставничества</h1>
      <div className="card" data-testid="student-program-head">
        <p>
          Форма: <strong>«{d.form}»</strong>
          {d.variant && <>, ролевая модель «{d.variant}»</>} ({d.kind === 'group' ? 'групповое' : 'индивидуальное'})
        </p>
        <p>
          Наставник: <strong>{fullNameOf(d.mentor.person)}</strong>, {d.mentor.role}
        </p>
        <p>
          {d.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: {d.mentees.map((m) => `${fullNameOf(m.person)}, ${m.role}`).join('; ')}
        </p>
        <p className="muted">
          с {formatDate(d.start)} по {formatDate(d.end)}
        </p>
        <p className="print-links">
          Скачать: <a href={`/students/programs/${program.id}/print/program.docx`}>DOCX</a> ·{' '}
          <a href={`/students/programs/${program.id}/print/program.pdf`}>PDF</a>
        </p>
      </div>
      <h2>Отметки о выполнении</h2>
      <div style={{ overflowX: 'auto' }}>
        <MarksTable
          programId={program.id}
          rows={d.plan.map((r) => ({ title: r.activity, due: r.due, doneOn: r.doneOn ?? null }))}
          today={todayIso()}
          action={markStudentProgramAction}
        />
      </div>
      <h2>Программа</h2>
      <StudentProgramForm
        key={program.updatedAt.toISOString()}
        defaults={{
          programId: program.id,
          savedAt: program.updatedAt.toISOString(),
          goal: d.goal,
          tasks: d.tasks.map((text) => ({ text })),
          plan: d.plan.map((r) => ({ due: r.due, activity: r.activity, form: r.form, doneOn: r.doneOn ?? '' })),
          results: d.results.map((text) => ({ text })),
        }}
        action={saveStudentProgramAction}
      />
    </>
  );
}
