// The sidebar's links: each shown to users with its permission (pages check it again).
import type { Permission } from '@/lib/auth/permissions';

export interface NavLink {
  href: string;
  label: string;
  permission?: Permission;
}

export const NAV_LINKS: NavLink[] = [
  { href: '/dashboard', label: 'Главная' },
  { href: '/schools', label: 'Образовательные организации', permission: 'schools.view' },
  { href: '/schools/new', label: 'Добавить школу', permission: 'schools.create' },
  { href: '/documents', label: 'Реестр документов', permission: 'documents.view' },
  { href: '/staff', label: 'Сотрудники', permission: 'staff.view' },
  { href: '/users', label: 'Учётные записи', permission: 'users.manage' },
];
