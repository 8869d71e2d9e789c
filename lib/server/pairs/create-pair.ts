// Forms a mentor pair (one mentee) or group (several) in the 'forming' status, with the
// consents it needs requested. The mentor's load limit is checked under the mentor's row
// lock, so concurrent submissions cannot overfill a mentor.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { mentorPairMentees, mentorPairs, organizations, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { requiredConsents } from '@/lib/domain/mentoring/consents';
import { basisProblem, isHeadOf } from '@/lib/domain/mentoring/head-mentor';
import type { createPairSchema } from '@/lib/domain/validations/pairs';
import { requestConsents } from '../consents/request-consents';
import type { OpContext } from '../context';
import { assertCapacity, assertGroupSize, assertNotSelf, assertUnpaired, lockMentees, lockMentor } from './participants';

export async function createPair(ctx: OpContext, input: z.output<typeof createPairSchema>): Promise<{ id: string }> {
  const mentor = await lockMentor(ctx.tx, ctx.scope, input.mentorId);
  const mentees = await lockMentees(ctx.tx, ctx.scope, mentor.organizationId, input.menteeIds);
  assertNotSelf(mentor, mentees);
  assertGroupSize(mentees.length);
  await assertUnpaired(ctx.tx, mentees);
  await assertCapacity(ctx.tx, mentor, mentees.length);
  // The head: by the name in the school's settings, or by the staff record of a head's account.
  const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, mentor.organizationId));
  const [headAccount] = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, mentor.organizationId), eq(users.role, 'school_head'), eq(users.personId, mentor.person.id)))
    .limit(1);
  const problem = basisProblem(input.basis, Boolean(headAccount) || (org ? isHeadOf(mentor.person, org) : false));
  if (problem) throw new AppError('VALIDATION', problem, { basis: [problem] });

  const [pair] = await ctx.tx
    .insert(mentorPairs)
    .values({
      organizationId: mentor.organizationId,
      mentorId: mentor.person.id,
      form: input.form,
      kind: input.kind,
      paymentSize: input.basis === 'job_function' ? null : input.paymentSize,
      basis: input.basis,
      startDate: input.start,
      endDate: input.end,
    })
    .returning({ id: mentorPairs.id });
  if (!pair) throw new Error('insert returned no row');
  await ctx.tx.insert(mentorPairMentees).values(mentees.map((m) => ({ pairId: pair.id, personId: m.id })));
  const required = requiredConsents({ mentorId: mentor.person.id, menteeIds: mentees.map((m) => m.id), basis: input.basis });
  await requestConsents(ctx.tx, mentor.organizationId, pair.id, required);
  await ctx.audit({
    action: 'pair.create',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: mentor.organizationId,
    after: {
      mentorId: mentor.person.id,
      menteeIds: mentees.map((m) => m.id),
      form: input.form,
      kind: input.kind,
      start: input.start,
      end: input.end,
      basis: input.basis,
    },
  });
  return pair;
}
