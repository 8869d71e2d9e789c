import { Nav } from '@/components/nav';
import { requirePageScope } from '@/lib/server/auth/session';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const scope = await requirePageScope();
  return (
    <div className="shell">
      <Nav scope={scope} />
      <main className="main">{children}</main>
    </div>
  );
}
