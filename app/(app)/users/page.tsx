import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/forms/create-user-form';
import { PaperConsentForm } from '@/components/forms/paper-consent-form';
import { ResetPasswordButton } from '@/components/forms/reset-password-button';
import { UserActiveToggle } from '@/components/forms/user-active-toggle';
import { formatDate } from '@/lib/core/russian';
import { ASSIGNABLE_ROLES, can, canAssign, ROLE_LABELS } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { listSchools } from '@/lib/server/schools/list-schools';
import { scopedPage } from '@/lib/server/scoped-read';
import { listUsers } from '@/lib/server/users/list-users';
import { createUserAction, recordPaperConsentAction, resetPasswordAction, setUserActiveAction } from './actions';

export const metadata: Metadata = { title: 'Учётные записи' };

export default async function UsersPage() {
  const { scope, read } = await scopedPage('users.manage');
  // A district coordinator manages the accounts of the district's schools; a school head only their own school's.
  const bySchool = can(scope, 'schools.view');
  const [accounts, schools] = await Promise.all([read(listUsers), bySchool ? read(listSchools) : Promise.resolve([])]);
  const organizations = bySchool ? schools.map((s) => ({ id: s.id, name: s.shortName })) : [{ id: scope.orgId, name: scope.orgShortName }];
  const roles = ASSIGNABLE_ROLES[scope.role].map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  return (
    <>
      <h1>Учётные записи</h1>
      <table className="data">
        <thead>
          <tr>
            <th>Ф.И.О.</th>
            {bySchool && <th>Организация</th>}
            <th>Роль</th>
            <th>Эл. почта</th>
            <th>Электронный документооборот</th>
            <th>Состояние</th>
            <th>Пароль</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((u) => (
            <tr key={u.id}>
              <td>{u.fullName}</td>
              {bySchool && <td>{u.organizationName}</td>}
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{u.email}</td>
              <td>
                {u.electronicHrConsent ? (
                  `согласие дано${u.electronicHrConsentDate ? ` ${formatDate(u.electronicHrConsentDate)}` : ''}${u.electronicHrConsentSource === 'paper' ? ' (на бумаге)' : ''} (ст. 22.1 ТК РФ)`
                ) : u.id !== scope.userId && canAssign(scope, u.role) ? (
                  <>
                    на бумаге <PaperConsentForm userId={u.id} today={todayIso()} action={recordPaperConsentAction} />
                  </>
                ) : (
                  'на бумаге'
                )}
              </td>
              <td>
                {u.id === scope.userId || !canAssign(scope, u.role) ? (
                  u.isActive ? 'активна' : 'отключена'
                ) : (
                  <UserActiveToggle userId={u.id} active={u.isActive} action={setUserActiveAction} />
                )}
              </td>
              <td>
                {u.id !== scope.userId && canAssign(scope, u.role) ? (
                  <ResetPasswordButton userId={u.id} action={resetPasswordAction} />
                ) : u.mustChangePassword ? (
                  'временный'
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Новая учётная запись</h2>
      <div className="card">
        <CreateUserForm organizations={organizations} roles={roles} action={createUserAction} />
      </div>
    </>
  );
}
