'use client';
// The inbox: newest first, unread ones marked; opening one marks it read and goes to its
// page. The links are plain links, so they work before the script loads as well.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/server/action-result';

export interface InboxItem {
  id: string;
  title: string;
  body: string;
  link: string;
  when: string;
  unread: boolean;
}

export function Inbox({
  items,
  markRead,
  markAllRead,
}: {
  items: InboxItem[];
  markRead: (input: { id: string }) => Promise<ActionResult<{ updated: number }>>;
  markAllRead: (input: Record<string, never>) => Promise<ActionResult<{ updated: number }>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (call: () => Promise<ActionResult<unknown>>, then?: () => void) =>
    start(async () => {
      const res = await call();
      setError(res.ok ? null : res.error);
      if (!res.ok) return;
      if (then) then();
      else router.refresh();
    });
  const unread = items.filter((i) => i.unread).length;
  if (items.length === 0) return <p className="muted">Уведомлений нет.</p>;
  return (
    <>
      <div className="row">
        <p>{unread > 0 ? `Непрочитанных: ${unread}` : 'Все уведомления прочитаны.'}</p>
        {unread > 0 && (
          <button type="button" className="secondary" disabled={pending} onClick={() => run(() => markAllRead({}))}>
            Отметить все прочитанными
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="inbox">
        {items.map((n) => (
          <li key={n.id} className={n.unread ? 'card unread' : 'card'} data-notification={n.unread ? 'unread' : 'read'}>
            <h2>
              {n.unread && <span className="visually-hidden">Новое: </span>}
              <Link
                href={n.link}
                onClick={(e) => {
                  if (!n.unread) return;
                  e.preventDefault();
                  run(
                    () => markRead({ id: n.id }),
                    () => router.push(n.link),
                  );
                }}
              >
                {n.title}
              </Link>
            </h2>
            <p>{n.body}</p>
            <div className="row">
              <span className="muted">{n.when}</span>
              {n.unread && (
                <button type="button" className="secondary" disabled={pending} onClick={() => run(() => markRead({ id: n.id }))}>
                  Отметить прочитанным
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
