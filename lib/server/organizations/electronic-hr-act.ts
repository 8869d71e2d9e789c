// The caller's organization's local act on electronic HR documents (ст. 22.2 ТК РФ), which
// an in-app acknowledgement needs besides the employee's own consent.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations } from '@/db/schema';
import type { ElectronicHrAct } from '@/lib/domain/people/personal-data-terms';
import type { Scope } from '@/lib/server/auth/scope';

export async function ownElectronicHrAct(db: Db, scope: Scope): Promise<ElectronicHrAct | null> {
  const [org] = await db.select({ act: organizations.electronicHrAct }).from(organizations).where(eq(organizations.id, scope.orgId));
  return org?.act ?? null;
}
