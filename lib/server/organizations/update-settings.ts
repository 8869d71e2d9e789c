// Saves an organization's settings (names, head, city, order suffixes, the pay-system clause,
// mentor load limit, legal bases, the бланк's reference data) — the school's own, or one of a
// district coordinator's schools.
import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { type OrganizationSettings, storedLegalBases } from '@/lib/domain/validations/organization';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

export async function updateSettings(ctx: OpContext, input: OrganizationSettings): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId);
  const after = {
    fullName: input.fullName,
    shortName: input.shortName,
    city: input.city,
    headPosition: input.headPosition,
    headLastName: input.headLastName,
    headFirstName: input.headFirstName,
    headMiddleName: input.headMiddleName,
    headGender: input.headGender === 'auto' ? null : input.headGender,
    orderSuffix: input.orderSuffix,
    personnelOrderSuffix: input.personnelOrderSuffix,
    payBasis: input.payBasis,
    maxMenteesPerMentor: input.maxMenteesPerMentor,
    legalBases: storedLegalBases(input.legalBases),
    address: input.address ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    ogrn: input.ogrn ?? '',
    inn: input.inn ?? '',
  };
  await ctx.tx.update(organizations).set({ ...after, updatedAt: new Date() }).where(eq(organizations.id, org.id));
  const before = Object.fromEntries(Object.keys(after).map((k) => [k, org[k as keyof typeof after]]));
  await ctx.audit({ action: 'organization.settings', entity: 'organization', entityId: org.id, organizationId: org.id, before, after });
  return { id: org.id };
}
