// Puts a staff member into the bank of mentors (наставники) or updates their entry: the
// competences they share, how many mentees they can take, and their training. One bank per
// person (see save-mentee.ts); the capacity never drops below the mentees they already have.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { menteeProfiles, mentorProfiles } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { plural } from '@/lib/core/russian';
import type { mentorSchema } from '@/lib/domain/validations/banks';
import type { OpContext } from '../context';
import { mentorLoad } from '../pairs/participants';
import { lockBankPerson } from './bank-person';

export async function saveMentor(ctx: OpContext, input: z.output<typeof mentorSchema>): Promise<{ personId: string }> {
  const person = await lockBankPerson(ctx.tx, ctx.scope, input.personId);
  const [mentee] = await ctx.tx.select({ id: menteeProfiles.personId }).from(menteeProfiles).where(eq(menteeProfiles.personId, person.id));
  if (mentee) {
    const message = 'Этот сотрудник в банке наставляемых. Сначала исключите его оттуда: один человек не может быть одновременно наставником и наставляемым.';
    throw new AppError('CONFLICT', message, { personId: [message] });
  }
  // The pair forms lock the mentor's profile row before counting the load; so does this.
  const [before] = await ctx.tx.select().from(mentorProfiles).where(eq(mentorProfiles.personId, person.id)).for('update');
  if (before) {
    const load = await mentorLoad(ctx.tx, person.id);
    if (input.capacity < load) {
      const message = `У наставника уже ${load} ${plural(load, ['наставляемый', 'наставляемых', 'наставляемых'])} в парах: укажите не меньше.`;
      throw new AppError('CONFLICT', message, { capacity: [message] });
    }
  }
  const values = { competences: input.competences, capacity: input.capacity, training: input.training, updatedAt: new Date() };
  await ctx.tx
    .insert(mentorProfiles)
    .values({ personId: person.id, organizationId: person.organizationId, ...values })
    .onConflictDoUpdate({ target: mentorProfiles.personId, set: values });
  await ctx.audit({
    action: before ? 'bank.mentor.update' : 'bank.mentor.add',
    entity: 'mentor_profile',
    entityId: person.id,
    organizationId: person.organizationId,
    before: before ? { competences: before.competences, capacity: before.capacity, training: before.training } : null,
    after: { competences: input.competences, capacity: input.capacity, training: input.training },
  });
  return { personId: person.id };
}
