import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueForm } from '@/components/documents/issue-form';
import { DocumentFiles } from '@/components/introduction/document-files';
import { IntroductionForm } from '@/components/introduction/introduction-form';
import { formatDate , fullNameOf } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { nextNumber } from '@/lib/server/documents/next-number';
import { introductionDefaults } from '@/lib/server/introduction/form-defaults';
import { loadIntroduction } from '@/lib/server/introduction/load-introduction';
import { scopedPage } from '@/lib/server/scoped-read';
import { schoolRegulation } from '@/templates/school-regulation';
import { schoolRoadmap } from '@/templates/school-roadmap';
import { issueIntroductionAction, prepareIntroductionAction } from './actions';

export const metadata: Metadata = { title: 'Внедрение системы наставничества' };

const ANNEX_LABELS: Record<string, string> = { [schoolRegulation.name]: 'Приложение № 1. Положение', [schoolRoadmap.name]: 'Приложение № 2. Дорожная карта' };

export default async function IntroductionPage() {
  const { scope, read } = await scopedPage('mentoring.manage');
  const state = await read(loadIntroduction);
  const { order, annexes } = state;
  const files = order && (
    <ul>
      <DocumentFiles id={order.id} label="Приказ" />
      {annexes.map((a) => (
        <DocumentFiles key={a.id} id={a.id} label={ANNEX_LABELS[a.template] ?? a.title} />
      ))}
    </ul>
  );
  if (order && order.status !== 'draft') {
    return (
      <>
        <h1>Внедрение системы наставничества</h1>
        <div className="card" data-testid="intro-issued">
          <p>
            <span className="badge done">издан</span> Приказ «{order.title}» № {order.number} от {formatDate(order.issueDate!)} с положением и дорожной
            картой.
          </p>
          {files}
          <p>
            <Link href={`/documents/${order.id}`}>Лист ознакомления и отметки об ознакомлении</Link>
          </p>
        </div>
        <p className="notice">
          Изданный приказ и его приложения заморожены: их текст, дата и номер больше не меняются. Изменения вносятся новым приказом, который изменяет или
          отменяет этот.
        </p>
      </>
    );
  }
  const staff = state.staff.map((p) => ({ id: p.id, name: fullNameOf(p), position: p.position, gender: p.genderOverride }));
  return (
    <>
      <h1>Внедрение системы наставничества</h1>
      <p className="muted">
        Приказ о внедрении утверждает Положение о системе наставничества (приложение № 1) и дорожную карту (приложение № 2) и назначает куратора. Все три
        документа собираются из сведений об организации (<Link href="/school/settings">проверить</Link>) и издаются вместе, под одним номером.
      </p>
      {order && (
        <div className="card" data-testid="intro-draft">
          <p>
            <span className="badge progress">проект</span> Проект сохранён. Предпросмотр последней сохранённой версии:
          </p>
          {files}
          <p className="muted">
            Просмотр, повторное сохранение и издание — в панели внизу экрана. Издаётся последняя сохранённая версия: сохраните изменения перед изданием.
          </p>
        </div>
      )}
      {staff.length === 0 && (
        <p className="notice" data-testid="intro-no-staff">
          Куратор назначается из сотрудников, и с приказом знакомятся сотрудники: сначала <Link href="/staff/import">загрузите список сотрудников</Link>{' '}
          или <Link href="/staff/new">добавьте сотрудника</Link>.
        </p>
      )}
      <IntroductionForm
        draftActions={
          order && (
            <>
              <a className="button secondary" href={`/documents/${order.id}#preview`}>
                Просмотр PDF
              </a>
              {can(scope, 'documents.issue') && (
                <IssueForm
                  documentId={order.id}
                  today={todayIso()}
                  numbered
                  nextNumber={await read(nextNumber, order.id, todayIso())}
                  action={issueIntroductionAction}
                />
              )}
            </>
          )
        }
        staff={staff} defaults={introductionDefaults(state, todayIso())} action={prepareIntroductionAction} />
    </>
  );
}
