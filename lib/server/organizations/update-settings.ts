// Saves an organization's settings (names, head, city, order suffixes, the pay-system clause,
// mentor load limit, legal bases, the бланк's reference data) — the school's own, or one of a
// district coordinator's schools.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { documents, organizations } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { regulationMenteeLimit } from '@/lib/domain/school/mentee-limit';
import { type OrganizationSettings, storedLegalBases } from '@/lib/domain/validations/organization';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { schoolRegulation } from '@/templates/school-regulation';
import type { SchoolRegulation } from '@/templates/school-regulation/schema';
import type { OpContext } from '../context';

/** The issued Положение states the limit too: it changes with a new Положение, not here alone. */
async function checkLimitAgainstRegulation(ctx: OpContext, orgId: string, limit: number): Promise<void> {
  const [regulation] = await ctx.tx
    .select({ data: documents.data, number: documents.number, issueDate: documents.issueDate })
    .from(documents)
    .where(and(eq(documents.organizationId, orgId), eq(documents.template, schoolRegulation.name), eq(documents.status, 'issued')))
    .orderBy(desc(documents.issueDate))
    .limit(1);
  if (!regulation) return;
  const stated = regulationMenteeLimit(regulation.data as SchoolRegulation);
  if (stated !== null && stated !== limit) {
    const message = `Действующее Положение (приказ от ${formatDate(regulation.issueDate!)} № ${regulation.number}) устанавливает не более ${stated} наставляемых на одного наставника. Число меняется вместе с Положением: сначала утвердите изменения в Положение.`;
    throw new AppError('VALIDATION', message, { maxMenteesPerMentor: [message] });
  }
}

export async function updateSettings(ctx: OpContext, input: OrganizationSettings): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId);
  if (input.maxMenteesPerMentor !== org.maxMenteesPerMentor) await checkLimitAgainstRegulation(ctx, org.id, input.maxMenteesPerMentor);
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
