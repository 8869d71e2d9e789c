// The sidebar: links for the user's role only (the pages check permissions again). On phones
// it is a bar with the brand and the «Меню» button (components/nav-menu.tsx).
import { can, ROLE_LABELS } from '@/lib/domain/permissions';
import type { Scope } from '@/lib/server/auth/scope';
import { LogoutButton } from './logout-button';
import { NAV_LINKS } from './nav-links';
import { NavMenu } from './nav-menu';

/** The inbox link carries the unread count: «Уведомления (3)». */
const labelOf = (href: string, label: string, unread: number) => (href === '/notifications' && unread > 0 ? `${label} (${unread})` : label);

export function Nav({ scope, unread = 0 }: { scope: Scope; unread?: number }) {
  const links = NAV_LINKS.filter((l) => !l.permission || can(scope, l.permission)).map(({ href, label }) => ({ href, label: labelOf(href, label, unread) }));
  return (
    <nav className="sidebar" aria-label="Основное меню">
      <div className="brand">Наставник</div>
      <NavMenu links={links} unread={unread}>
        <div className="who">
          <div>{scope.fullName}</div>
          <div>{ROLE_LABELS[scope.role]}</div>
          <div>{scope.orgShortName}</div>
        </div>
        <LogoutButton />
      </NavMenu>
    </nav>
  );
}
