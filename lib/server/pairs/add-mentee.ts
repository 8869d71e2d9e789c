// Adds a mentee to a forming pair, which makes it a group. The mentor's consent and the
// additional agreement name the mentees, so those already received are requested again; a
// one-on-one kind («индивидуальное») no longer describes it and becomes «групповое».
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { consents, mentorPairMentees, mentorPairs } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { REQUIRED_CONSENTS, requiredOf } from '@/lib/domain/mentoring/consents';
import { GROUP_KIND, ONE_ON_ONE_KINDS } from '@/lib/domain/mentoring/vocabulary';
import { requestConsents } from '../consents/request-consents';
import { deleteScans } from '../consents/scans';
import type { OpContext } from '../context';
import { loadPair } from './load-pair';
import { assertCapacity, assertGroupSize, assertNotSelf, assertUnpaired, lockMentees, lockMentor } from './participants';

export async function addMentee(ctx: OpContext, input: { pairId: string; menteeId: string }): Promise<{ renewed: number }> {
  const found = await loadPair(ctx.tx, ctx.scope, input.pairId);
  // The mentor first, then the pair: the same lock order as forming a pair.
  const mentor = await lockMentor(ctx.tx, ctx.scope, found.mentorId);
  const pair = await loadPair(ctx.tx, ctx.scope, found.id, { forUpdate: true });
  if (pair.status !== 'forming') throw conflict('Состав пары меняется только до приказа о закреплении.');
  const mentees = await lockMentees(ctx.tx, ctx.scope, pair.organizationId, [input.menteeId]);
  assertNotSelf(mentor, mentees);
  await assertUnpaired(ctx.tx, mentees);
  const current = await ctx.tx.select({ personId: mentorPairMentees.personId }).from(mentorPairMentees).where(eq(mentorPairMentees.pairId, pair.id));
  assertGroupSize(current.length + 1);
  await assertCapacity(ctx.tx, mentor, 1);

  await ctx.tx.insert(mentorPairMentees).values({ pairId: pair.id, personId: mentees[0]!.id });
  await requestConsents(ctx.tx, pair.organizationId, pair.id, requiredOf(mentees[0]!.id, 'mentee'));
  const mentorPairKinds = REQUIRED_CONSENTS.mentor.filter((r) => r.pairBound).map((r) => r.kind);
  const mentorPapers = and(eq(consents.pairId, pair.id), eq(consents.personId, pair.mentorId), inArray(consents.kind, mentorPairKinds), eq(consents.status, 'received'));
  const voided = await ctx.tx.select({ id: consents.id, scanId: consents.scanId }).from(consents).where(mentorPapers);
  const renewed = await ctx.tx
    .update(consents)
    .set({ status: 'requested', receivedOn: null, closedOn: null, scanId: null, note: null, updatedAt: new Date() })
    .where(mentorPapers)
    .returning({ id: consents.id });
  // The papers signed for the old composition are void; their scans go with them.
  await deleteScans(ctx.tx, voided.map((v) => v.scanId));
  const kind = ONE_ON_ONE_KINDS.includes(pair.kind) ? GROUP_KIND : pair.kind;
  await ctx.tx.update(mentorPairs).set({ kind, updatedAt: new Date() }).where(eq(mentorPairs.id, pair.id));
  await ctx.audit({
    action: 'pair.add_mentee',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { menteeId: mentees[0]!.id, kind, renewedConsents: renewed.map((r) => r.id) },
  });
  return { renewed: renewed.length };
}
