// Consent to electronic HR documents (ст. 22.1 ТК РФ): without it an in-app acknowledgement
// does not count. A person gives or withdraws their own in the app; a consent signed on paper
// is recorded by an upper level.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '@/db/schema';
import type { ownConsentSchema } from '@/lib/domain/validations/account';
import type { OpContext } from '../context';
import { loadSubordinate } from './subordinate';

export async function recordOwnConsent(ctx: OpContext, input: z.output<typeof ownConsentSchema>): Promise<void> {
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.scope.userId)).limit(1).for('update');
  if (!user) return;
  const after = input.given
    ? { electronicHrConsent: true, electronicHrConsentDate: input.date, electronicHrConsentSource: 'self' as const }
    : { electronicHrConsent: false, electronicHrConsentDate: null, electronicHrConsentSource: null };
  await ctx.tx.update(users).set(after).where(eq(users.id, user.id));
  await ctx.audit({
    action: input.given ? 'user.hr_consent.give' : 'user.hr_consent.withdraw',
    entity: 'user',
    entityId: user.id,
    organizationId: user.organizationId,
    before: { electronicHrConsent: user.electronicHrConsent, date: user.electronicHrConsentDate },
    after,
  });
}

export async function recordPaperConsent(ctx: OpContext, input: { userId: string; date: string }): Promise<void> {
  const user = await loadSubordinate(ctx, input.userId, 'Своё согласие отмечайте на странице «Моя учётная запись».');
  const after = { electronicHrConsent: true, electronicHrConsentDate: input.date, electronicHrConsentSource: 'paper' as const };
  await ctx.tx.update(users).set(after).where(eq(users.id, user.id));
  await ctx.audit({
    action: 'user.hr_consent.paper',
    entity: 'user',
    entityId: user.id,
    organizationId: user.organizationId,
    before: { electronicHrConsent: user.electronicHrConsent, date: user.electronicHrConsentDate },
    after,
  });
}
