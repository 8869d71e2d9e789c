import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueForm } from '@/components/documents/issue-form';
import { DocumentFiles } from '@/components/introduction/document-files';
import { StudentIntroductionForm } from '@/components/students/introduction/student-introduction-form';
import { formatDate, fullNameOf } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { nextNumber } from '@/lib/server/documents/next-number';
import { scopedPage } from '@/lib/server/scoped-read';
import { loadStudentIntroduction, studentIntroductionDefaults } from '@/lib/server/students/introduction';
import { studentRegulation } from '@/templates/student-regulation';
import { studentRoadmap } from '@/templates/student-roadmap';
import { issueStudentIntroductionAction, prepareStudentIntroductionAction } from './actions';

export const metadata: Metadata = { title: 'Внедрение наставничества обучающихся' };

const ANNEX_LABELS: Record<string, string> = {
  [studentRegulation.name]: 'Приложение № 1. Положение',
  [studentRoadmap.name]: 'Приложение № 2. Дорожная карта',
};

export default async function StudentIntroductionPage() {
  const { scope, read } = await scopedPage('students.manage');
  const state = await read(loadStudentIntroduction);
  const { order, annexes } = state;
  const files = order && (
    <ul>
      <DocumentFiles id={order.id} label="Приказ" />
      {annexes.map((a) => (
        <DocumentFiles key={a.id} id={a.id} label={ANNEX_LABELS[a.template] ?? a.title} />
      ))}
    </ul>
  );
  const heading = <h1>Этап 1. Внедрение целевой модели наставничества обучающихся</h1>;
  if (order && order.status !== 'draft') {
    return (
      <>
        {heading}
        <div className="card" data-testid="st-intro-issued">
          <p>
            <span className="badge done">издан</span> Приказ «{order.title}» № {order.number} от {formatDate(order.issueDate!)} с положением и дорожной
            картой.
          </p>
          {files}
          <p>
            <Link href={`/documents/${order.id}`}>Лист ознакомления</Link> · <Link href="/students/programs">Программы наставничества пар</Link>
          </p>
        </div>
        <p className="notice">Изданный приказ и его приложения заморожены: изменения вносятся новым приказом, который изменяет или отменяет этот.</p>
      </>
    );
  }
  const staff = state.staff.map((p) => ({ id: p.id, name: fullNameOf(p), position: p.position }));
  return (
    <>
      {heading}
      <p className="muted">
        Приказ (распоряжение Минпросвещения России № Р-145) утверждает Положение о наставничестве обучающихся (приложение № 1) и дорожную карту семи этапов
        (приложение № 2), называет формы наставничества школы и назначает куратора. Все три документа издаются вместе, под одним номером.
      </p>
      {state.forms.defaults && (
        <p className="notice" data-testid="st-intro-default-forms">
          Формы наставничества школы ещё не настроены: в приказ и положение войдут формы Р-145 по умолчанию (
          {state.forms.forms.map((f) => `«${f.name}»`).join(', ')}).
        </p>
      )}
      {order && (
        <div className="card" data-testid="st-intro-draft">
          <p>
            <span className="badge progress">проект</span> Проект сохранён. Предпросмотр последней сохранённой версии:
          </p>
          {files}
        </div>
      )}
      {staff.length === 0 && (
        <p className="notice">
          Куратор назначается из сотрудников: сначала <Link href="/staff/new">добавьте сотрудника</Link>.
        </p>
      )}
      <StudentIntroductionForm
        draftActions={
          order &&
          can(scope, 'documents.issue') && (
            <IssueForm
              documentId={order.id}
              today={todayIso()}
              numbered
              nextNumber={await read(nextNumber, order.id, todayIso())}
              action={issueStudentIntroductionAction}
            />
          )
        }
        staff={staff}
        defaults={studentIntroductionDefaults(state, todayIso())}
        action={prepareStudentIntroductionAction}
      />
    </>
  );
}
