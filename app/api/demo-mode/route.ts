// Whether the demo strip is due, for pages served statically (the login page).
import { demoAccountsExist } from '@/lib/server/demo-mode';

export const dynamic = 'force-dynamic';

export async function GET() {
  return Response.json({ demo: await demoAccountsExist() }, { headers: { 'cache-control': 'no-store' } });
}
