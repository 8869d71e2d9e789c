import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/forms/create-user-form';
import { UserActiveToggle } from '@/components/forms/user-active-toggle';
import { getDb } from '@/db/client';
import { ASSIGNABLE_ROLES, canAssign, ROLE_LABELS } from '@/lib/domain/permissions';
import { requirePageScope } from '@/lib/server/auth/session';
import { listSchools } from '@/lib/server/schools/list-schools';
import { listUsers } from '@/lib/server/users/list-users';
import { createUserAction, setUserActiveAction } from './actions';

export const metadata: Metadata = { title: 'Учётные записи' };

export default async function UsersPage() {
  const scope = await requirePageScope('users.manage');
  const db = getDb();
  const [accounts, schools] = await Promise.all([
    listUsers(db, scope),
    scope.orgKind === 'school' ? Promise.resolve([]) : listSchools(db, scope),
  ]);
  const organizations =
    scope.orgKind === 'school' ? [{ id: scope.orgId, name: scope.orgShortName }] : schools.map((s) => ({ id: s.id, name: s.shortName }));
  const roles = ASSIGNABLE_ROLES[scope.role].map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  return (
    <>
      <h1>Учётные записи</h1>
      <table className="data">
        <thead>
          <tr>
            <th>Ф.И.О.</th>
            {scope.orgKind !== 'school' && <th>Организация</th>}
            <th>Роль</th>
            <th>Email</th>
            <th>Электронный документооборот</th>
            <th>Состояние</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((u) => (
            <tr key={u.id}>
              <td>{u.fullName}</td>
              {scope.orgKind !== 'school' && <td>{u.organizationName}</td>}
              <td>{ROLE_LABELS[u.role]}</td>
              <td>{u.email}</td>
              <td>{u.electronicHrConsent ? 'согласие дано (ст. 22.1 ТК РФ)' : 'на бумаге'}</td>
              <td>
                {u.id === scope.userId || !canAssign(scope, u.role) ? (
                  u.isActive ? 'активна' : 'отключена'
                ) : (
                  <UserActiveToggle userId={u.id} active={u.isActive} action={setUserActiveAction} />
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
