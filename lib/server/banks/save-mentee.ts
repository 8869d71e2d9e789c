// Puts a staff member into the bank of mentees (наставляемые) or updates their entry.
// A person is in one bank at a time: a mentor is listed in the методический актив order and
// guides others, a mentee is guided; holding both would let matching pair a person with
// themselves and count them twice in the indicators. To switch, remove them from the other bank.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { menteeProfiles, mentorProfiles } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import type { menteeSchema } from '@/lib/domain/validations/banks';
import type { OpContext } from '../context';
import { lockBankPerson } from './bank-person';

export async function saveMentee(ctx: OpContext, input: z.output<typeof menteeSchema>): Promise<{ personId: string }> {
  const person = await lockBankPerson(ctx.tx, ctx.scope, input.personId);
  const [mentor] = await ctx.tx.select({ id: mentorProfiles.personId }).from(mentorProfiles).where(eq(mentorProfiles.personId, person.id));
  if (mentor) {
    const message = 'Этот сотрудник в банке наставников. Сначала исключите его оттуда: один человек не может быть одновременно наставником и наставляемым.';
    throw new AppError('CONFLICT', message, { personId: [message] });
  }
  const [before] = await ctx.tx.select().from(menteeProfiles).where(eq(menteeProfiles.personId, person.id));
  const values = { category: input.category, deficits: input.deficits, requests: input.requests, updatedAt: new Date() };
  await ctx.tx
    .insert(menteeProfiles)
    .values({ personId: person.id, organizationId: person.organizationId, ...values })
    .onConflictDoUpdate({ target: menteeProfiles.personId, set: values });
  await ctx.audit({
    action: before ? 'bank.mentee.update' : 'bank.mentee.add',
    entity: 'mentee_profile',
    entityId: person.id,
    organizationId: person.organizationId,
    before: before ? { category: before.category, deficits: before.deficits, requests: before.requests } : null,
    after: { category: input.category, deficits: input.deficits, requests: input.requests },
  });
  return { personId: person.id };
}
