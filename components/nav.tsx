// The sidebar: links for the user's role only (the pages check permissions again).
import Link from 'next/link';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import type { Scope } from '@/lib/auth/scope';
import { LogoutButton } from './logout-button';

export function Nav({ scope }: { scope: Scope }) {
  const links: { href: string; label: string }[] = [{ href: '/dashboard', label: 'Главная' }];
  if (can(scope, 'schools.view')) links.push({ href: '/schools', label: 'Образовательные организации' });
  if (can(scope, 'schools.create')) links.push({ href: '/schools/new', label: 'Добавить школу' });
  if (can(scope, 'documents.view')) links.push({ href: '/documents', label: 'Реестр документов' });
  if (can(scope, 'staff.view')) links.push({ href: '/staff', label: 'Сотрудники' });
  if (can(scope, 'users.manage')) links.push({ href: '/users', label: 'Учётные записи' });
  return (
    <nav className="sidebar" aria-label="Основное меню">
      <div className="brand">Наставник</div>
      {links.map((l) => (
        <Link key={l.href} href={l.href}>
          {l.label}
        </Link>
      ))}
      <div className="who">
        <div>{scope.fullName}</div>
        <div>{ROLE_LABELS[scope.role]}</div>
        <div>{scope.orgShortName}</div>
      </div>
      <LogoutButton />
    </nav>
  );
}
