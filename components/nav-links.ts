// The sidebar's links: each shown to users with its permission (pages check it again).
import type { Permission } from '@/lib/domain/permissions';

export interface NavLink {
  href: string;
  label: string;
  permission?: Permission;
}

// School links follow the nine steps of the path; district and region links follow the
// coordinator's and the operator's work.
export const NAV_LINKS: NavLink[] = [
  { href: '/dashboard', label: 'Главная' },
  { href: '/notifications', label: 'Уведомления', permission: 'account.own' },
  { href: '/schools', label: 'Образовательные организации', permission: 'schools.view' },
  { href: '/districts/new', label: 'Добавить муниципалитет', permission: 'districts.create' },
  { href: '/districts/import', label: 'Импорт списка муниципалитетов', permission: 'districts.create' },
  { href: '/schools/new', label: 'Добавить школу', permission: 'schools.create' },
  { href: '/schools/import', label: 'Импорт списка школ', permission: 'schools.create' },
  { href: '/district/orders', label: 'Приказы муниципалитета', permission: 'district.orders' },
  { href: '/district/progress', label: 'Ход внедрения', permission: 'progress.view' },
  { href: '/district/mentors', label: 'База наставников', permission: 'progress.view' },
  { href: '/district/archive', label: 'Архив документов', permission: 'district.orders' },
  { href: '/school/settings', label: 'Сведения об организации', permission: 'org.settings' },
  { href: '/introduction', label: 'Внедрение', permission: 'mentoring.manage' },
  { href: '/staff', label: 'Сотрудники', permission: 'staff.view' },
  { href: '/students', label: 'Обучающиеся', permission: 'students.manage' },
  { href: '/banks', label: 'Банки наставников и наставляемых', permission: 'mentoring.manage' },
  { href: '/pairs', label: 'Пары и группы', permission: 'mentoring.manage' },
  { href: '/consents', label: 'Согласия', permission: 'mentoring.manage' },
  { href: '/programs', label: 'Программы', permission: 'mentoring.manage' },
  { href: '/monitoring', label: 'Мониторинг', permission: 'monitoring.view' },
  { href: '/completion', label: 'Итоги', permission: 'mentoring.manage' },
  { href: '/indicators', label: 'Показатели', permission: 'indicators.view' },
  { href: '/documents', label: 'Реестр документов', permission: 'documents.view' },
  { href: '/users', label: 'Учётные записи', permission: 'users.manage' },
  { href: '/audit', label: 'Журнал действий', permission: 'audit.view' },
  { href: '/account', label: 'Моя учётная запись', permission: 'account.own' },
];
