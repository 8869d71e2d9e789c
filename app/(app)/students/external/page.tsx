import type { Metadata } from 'next';
import Link from 'next/link';
import { ExternalMentorForm } from '@/components/students/people/external-mentor-form';
import { fullNameOf } from '@/lib/core/russian';
import { STUDENT_MENTOR_KIND_LABELS } from '@/lib/domain/students/vocabulary';
import { scopedPage } from '@/lib/server/scoped-read';
import { listExternalMentors } from '@/lib/server/students/external-mentors';
import { createExternalMentorAction } from './actions';

export const metadata: Metadata = { title: 'Внешние наставники' };

export default async function ExternalMentorsPage() {
  const { read } = await scopedPage('students.manage');
  const mentors = await read(listExternalMentors);
  return (
    <>
      <p>
        <Link href="/students">← Обучающиеся</Link>
      </p>
      <h1>Внешние наставники обучающихся</h1>
      <p className="muted">Студенты колледжей и вузов, представители работодателей: наставники в формах «студент – ученик» и «работодатель – ученик».</p>
      {mentors.length === 0 ? (
        <p className="notice">Внешних наставников пока нет.</p>
      ) : (
        <div className="table-scroll">
          <table className="data" data-testid="external-mentors">
            <thead>
              <tr>
                <th>Ф.И.О.</th>
                <th>Кто</th>
                <th>Организация</th>
                <th>Должность, курс</th>
              </tr>
            </thead>
            <tbody>
              {mentors.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link href={`/students/external/${m.id}`}>{fullNameOf(m)}</Link>
                  </td>
                  <td>{STUDENT_MENTOR_KIND_LABELS[m.kind]}</td>
                  <td>{m.employer}</td>
                  <td>{m.position}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Добавить наставника</h2>
      <div className="card">
        <ExternalMentorForm
          action={createExternalMentorAction}
          defaults={{ lastName: '', firstName: '', middleName: '', gender: 'auto', keepFatherName: false, employer: '', position: '' }}
        />
      </div>
    </>
  );
}
