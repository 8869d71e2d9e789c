import { Nav } from '@/components/nav';
import { scopedPage } from '@/lib/server/scoped-read';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { scope } = await scopedPage();
  return (
    <div className="shell">
      <Nav scope={scope} />
      <main className="main">{children}</main>
    </div>
  );
}
