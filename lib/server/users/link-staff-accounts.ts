// Links a school's accounts to their staff records by email. A new school's curator gets an
// account before the staff list is loaded; once a staff record with the same email exists,
// the account is that person: the orders name them as the curator, the introduction form
// proposes them, and they acknowledge documents in the app. Called after accounts or staff
// records of the school change; an email shared by two staff records links nobody.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { OpContext } from '../context';

export async function linkStaffAccounts(ctx: OpContext, organizationId: string): Promise<void> {
  const linked = await ctx.tx.execute<{ user_id: string; person_id: string }>(sql`
    update users u set person_id = p.id
    from people p
    where u.organization_id = ${organizationId} and u.person_id is null
      and p.organization_id = u.organization_id and p.email is not null and lower(p.email) = lower(u.email)
      and not exists (select 1 from people q where q.organization_id = p.organization_id and lower(q.email) = lower(p.email) and q.id <> p.id)
      and not exists (select 1 from users v where v.person_id = p.id)
    returning u.id as user_id, p.id as person_id`);
  for (const row of linked.rows) {
    await ctx.audit({ action: 'user.link_person', entity: 'user', entityId: row.user_id, organizationId, after: { personId: row.person_id } });
  }
}
