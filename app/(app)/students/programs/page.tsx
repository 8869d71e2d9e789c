import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateProgramButton } from '@/components/students/programs/create-program-button';
import { formatDate } from '@/lib/core/russian';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentPrograms } from '@/lib/server/students/programs';
import { createStudentProgramAction } from './actions';

export const metadata: Metadata = { title: 'Программы наставничества обучающихся' };

export default async function StudentProgramsPage() {
  const { read } = await scopedPage('students.manage');
  const rows = await read(listStudentPrograms);
  return (
    <>
      <h1>Программы наставничества обучающихся</h1>
      <p className="muted">
        Программа составляется для каждой пары или группы по её форме и ролевой модели: цель, задачи, план встреч с отметками о выполнении, ожидаемые
        результаты. <Link href="/students/introduction">Приказ о внедрении</Link>
      </p>
      {rows.length === 0 ? (
        <p className="notice">Пока нет наставнических пар: программа составляется после формирования пар (этап 5).</p>
      ) : (
        <ul className="stack" data-testid="student-programs" style={{ listStyle: 'none', padding: 0 }}>
          {rows.map((r) => (
            <li key={r.pairId} className="card" data-pair={r.pairId}>
              <p>
                <strong>{r.mentor}</strong> → {r.mentees.join(', ')}
              </p>
              <p className="muted">
                «{r.form}»{r.variant ? `, ${r.variant}` : ''} · с {formatDate(r.start)} по {formatDate(r.end)}
              </p>
              {r.programId ? (
                <p>
                  <Link href={`/students/programs/${r.programId}`}>Программа</Link>
                  {r.progress && ` · выполнено ${r.progress.done} из ${r.progress.total}`}
                </p>
              ) : (
                <CreateProgramButton pairId={r.pairId} action={createStudentProgramAction} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
