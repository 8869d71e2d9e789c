// A district coordinator registers a school of their municipality together with the
// head's account, in one transaction.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { organizations } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { assertCan } from '@/lib/domain/permissions';
import type { createSchoolSchema } from '@/lib/domain/validations/school';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import type { OpContext } from '../context';
import { createUser } from '../users/create-user';

export type CreateSchool = z.output<typeof createSchoolSchema>;

export async function createSchool(ctx: OpContext, input: CreateSchool): Promise<{ id: string }> {
  assertCan(ctx.scope, 'schools.create');
  const [duplicate] = await ctx.tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.parentId, ctx.scope.orgId),
        sql`lower(${organizations.shortName}) = lower(${input.shortName})`,
      ),
    )
    .limit(1);
  if (duplicate) {
    const message = 'Организация с таким кратким наименованием уже зарегистрирована.';
    throw new AppError('CONFLICT', message, { shortName: [message] });
  }
  const id = crypto.randomUUID();
  await ctx.tx.insert(organizations).values({
    id,
    kind: 'school',
    parentId: ctx.scope.orgId,
    path: `${ctx.scope.orgPath}${id}/`,
    fullName: input.fullName,
    shortName: input.shortName,
    city: input.city,
    orderSuffix: input.orderSuffix ?? '',
    legalBases: FEDERAL_LEGAL_BASES,
    headPosition: input.headPosition,
    headLastName: input.headLastName,
    headFirstName: input.headFirstName,
    headMiddleName: input.headMiddleName,
  });
  const { headPassword: _secret, ...recorded } = input;
  await ctx.audit({ action: 'school.create', entity: 'organization', entityId: id, organizationId: id, after: recorded });
  await createUser(ctx, {
    organizationId: id,
    role: 'school_head',
    lastName: input.headLastName,
    firstName: input.headFirstName,
    middleName: input.headMiddleName,
    email: input.headEmail,
    password: input.headPassword,
    electronicHrConsent: false,
  });
  return { id };
}
