// A new organization one level below the caller's own (a municipality of a region, a school of
// a municipality): refused when a sibling has the same short name, placed in the tree by path.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import type { OpContext } from '../context';

export interface ChildOrganization {
  kind: 'municipality' | 'school';
  fullName: string;
  shortName: string;
  city: string;
  orderSuffix?: string | null;
  headPosition: string;
  headLastName: string;
  headFirstName: string;
  headMiddleName?: string | null;
  legalBases?: { title: string }[];
}

/** Inserts the organization and returns its id; `duplicateMessage` names the kind in the user's words. */
export async function createChildOrganization(ctx: OpContext, org: ChildOrganization, duplicateMessage: string): Promise<string> {
  const [duplicate] = await ctx.tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.parentId, ctx.scope.orgId), sql`lower(${organizations.shortName}) = lower(${org.shortName})`))
    .limit(1);
  if (duplicate) throw new AppError('CONFLICT', duplicateMessage, { shortName: [duplicateMessage] });
  const id = crypto.randomUUID();
  await ctx.tx.insert(organizations).values({
    id,
    kind: org.kind,
    parentId: ctx.scope.orgId,
    path: `${ctx.scope.orgPath}${id}/`,
    fullName: org.fullName,
    shortName: org.shortName,
    city: org.city,
    orderSuffix: org.orderSuffix ?? '',
    ...(org.legalBases ? { legalBases: org.legalBases } : {}),
    headPosition: org.headPosition,
    headLastName: org.headLastName,
    headFirstName: org.headFirstName,
    headMiddleName: org.headMiddleName,
  });
  return id;
}
