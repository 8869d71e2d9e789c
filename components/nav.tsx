// The sidebar: links for the user's role only (the pages check permissions again).
import Link from 'next/link';
import { can, ROLE_LABELS } from '@/lib/domain/permissions';
import type { Scope } from '@/lib/server/auth/scope';
import { LogoutButton } from './logout-button';
import { NAV_LINKS } from './nav-links';

export function Nav({ scope }: { scope: Scope }) {
  const links = NAV_LINKS.filter((l) => !l.permission || can(scope, l.permission));
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
