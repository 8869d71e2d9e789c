import { Nav } from '@/components/nav';
import { scopedPage } from '@/lib/server/scoped-read';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { scope } = await scopedPage();
  return (
    <div className="shell">
      {/* The first stop of the Tab key: past the menu's twenty links to the page itself. */}
      <a className="skip-link" href="#main">
        Перейти к содержанию
      </a>
      <Nav scope={scope} />
      {/* tabIndex -1: the skip link moves the keyboard focus here, not only the scroll position. */}
      <main className="main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
