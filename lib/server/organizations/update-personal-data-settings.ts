// Saves what the school's personal-data consents state and its local act on electronic HR
// documents (ст. 22.2 ТК РФ).
import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { type PersonalDataSettings, storedPersonalDataSettings } from '@/lib/domain/validations/personal-data-settings';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

export async function updatePersonalDataSettings(ctx: OpContext, input: PersonalDataSettings): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId);
  const after = storedPersonalDataSettings(input);
  // A caller that does not send the legal references keeps the ones saved.
  const saved = org.personalDataTerms?.citations;
  if (!after.personalDataTerms.citations && saved) after.personalDataTerms.citations = saved;
  await ctx.tx.update(organizations).set({ ...after, updatedAt: new Date() }).where(eq(organizations.id, org.id));
  await ctx.audit({
    action: 'organization.personal_data_settings',
    entity: 'organization',
    entityId: org.id,
    organizationId: org.id,
    before: { personalDataTerms: org.personalDataTerms, electronicHrAct: org.electronicHrAct },
    after,
  });
  return { id: org.id };
}
