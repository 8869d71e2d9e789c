import { DemoStrip } from '@/components/demo-strip';
import { Nav } from '@/components/nav';
import { demoAccountsExist } from '@/lib/server/demo-mode';
import { unreadNotificationCount } from '@/lib/server/notifications/inbox';
import { scopedPage } from '@/lib/server/scoped-read';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Each page enforces the change of a one-time password itself; the frame is shown either way.
  // After the session is read, never beside it: reading the cookies is what keeps the build from prerendering this.
  const { scope, read } = await scopedPage(undefined, { allowWithOneTimePassword: true });
  const [demo, unread] = await Promise.all([demoAccountsExist(), read(unreadNotificationCount)]);
  return (
    <>
      {demo && <DemoStrip />}
      <div className="shell">
        {/* The first stop of the Tab key: past the menu's twenty links to the page itself. */}
        <a className="skip-link" href="#main">
          Перейти к содержанию
        </a>
        <Nav scope={scope} unread={unread} />
        {/* tabIndex -1: the skip link moves the keyboard focus here, not only the scroll position. */}
        <main className="main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
