// The first step of putting the app into service (`npm run setup`): a region and its first
// operator, whose one-time password is returned once and must be changed at first sign-in.
// Without 'server-only': a command-line script runs it, outside the react-server condition.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { auditLog, organizations, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { oneTimePassword } from '@/lib/domain/accounts/password-policy';
import { email, requiredText } from '@/lib/domain/validations/fields';
import { hashPassword } from '@/lib/server/auth/password';

export const createRegionSchema = z.object({
  region: requiredText('Регион', 300),
  email,
  operatorName: requiredText('Ф.И.О. оператора', 300).default('Региональный оператор'),
});

export async function createRegion(db: Db, raw: z.input<typeof createRegionSchema>): Promise<{ regionId: string; email: string; password: string }> {
  const parsed = createRegionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues.map((i) => i.message).join(' '));
  const input = parsed.data;
  const password = oneTimePassword((n) => randomBytes(n));
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [sameName] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(sql`${organizations.kind} = 'region' and lower(${organizations.shortName}) = lower(${input.region})`)
      .limit(1);
    if (sameName) throw new AppError('CONFLICT', `Регион «${input.region}» уже есть.`);
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`).limit(1);
    if (taken) throw new AppError('CONFLICT', `Пользователь ${input.email} уже зарегистрирован.`);
    const id = crypto.randomUUID();
    await tx.insert(organizations).values({ id, kind: 'region', path: `/${id}/`, parentId: null, fullName: input.region, shortName: input.region });
    const [user] = await tx
      .insert(users)
      .values({
        organizationId: id,
        role: 'region_operator',
        email: input.email.toLowerCase(),
        fullName: input.operatorName,
        passwordHash,
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    await tx.insert(auditLog).values({
      actorUserId: null,
      organizationId: id,
      action: 'region.setup',
      entity: 'organization',
      entityId: id,
      after: { region: input.region, operator: input.email, operatorUserId: user?.id },
    });
    return { regionId: id, email: input.email.toLowerCase(), password };
  });
}
