import type { Metadata } from 'next';
import { Inbox } from '@/components/notifications/inbox';
import { listNotifications } from '@/lib/server/notifications/inbox';
import { scopedPage } from '@/lib/server/scoped-read';
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions';

export const metadata: Metadata = { title: 'Уведомления' };

const when = (d: Date) => d.toLocaleString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export default async function NotificationsPage() {
  const { read } = await scopedPage('account.own');
  const items = await read(listNotifications);
  return (
    <>
      <h1>Уведомления</h1>
      <Inbox
        items={items.map((n) => ({ id: n.id, title: n.title, body: n.body, link: n.link, when: when(n.createdAt), unread: !n.readAt }))}
        markRead={markNotificationReadAction}
        markAllRead={markAllNotificationsReadAction}
      />
    </>
  );
}
