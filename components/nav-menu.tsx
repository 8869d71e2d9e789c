'use client';
// The menu's links, a sidebar on wide screens and a «Меню» button on phones. The button opens
// a native popover (no script needed: it works before hydration, from the keyboard, closes
// with Esc or a tap outside); this component only marks the current page and folds the menu
// after a client-side navigation, which keeps the layout — and an open popover — in place.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

export interface MenuLink {
  href: string;
  label: string;
}

const MENU_ID = 'nav-menu';

/** The link of the current page: the longest href the path starts with (/schools/new over /schools). */
function currentHref(links: MenuLink[], pathname: string): string | undefined {
  return links
    .filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** `unread` shows on the phone's «Меню» button too: the inbox link itself is hidden until the menu opens. */
export function NavMenu({ links, unread = 0, children }: { links: MenuLink[]; unread?: number; children: React.ReactNode }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDivElement>(null);
  // aria-expanded follows the popover however it opened or closed (button, Esc, a tap outside).
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const el = menu.current;
    const sync = (e: Event) => setOpen((e as ToggleEvent).newState === 'open');
    el?.addEventListener('toggle', sync);
    // A menu opened before hydration fired its toggle when no one listened.
    if (el?.matches(':popover-open')) setOpen(true);
    return () => el?.removeEventListener('toggle', sync);
  }, []);
  useEffect(() => {
    const el = menu.current;
    if (el?.matches(':popover-open')) el.hidePopover();
  }, [pathname]);
  const current = currentHref(links, pathname);
  return (
    <>
      <button
        type="button"
        className="menu-button"
        popoverTarget={MENU_ID}
        aria-expanded={open}
        aria-controls={MENU_ID}
        aria-label={unread > 0 ? `Меню, непрочитанных уведомлений: ${unread}` : undefined}
      >
        Меню
        {unread > 0 && <span className="badge" aria-hidden="true">{unread}</span>}
      </button>
      <div id={MENU_ID} ref={menu} className="nav-menu" popover="auto">
        {links.map((l) => (
          <Link key={l.href} href={l.href} aria-current={l.href === current ? 'page' : undefined}>
            {l.label}
          </Link>
        ))}
        {children}
      </div>
    </>
  );
}
