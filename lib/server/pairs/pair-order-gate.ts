// The consent gate of the pair order: a draft lists the forming pairs linked to it, and it
// may be issued only while each of them still has every consent received. Writers call it with locks so a withdrawal recorded at the same moment
// waits for the issue (and then takes the amending path) instead of slipping past it.
import 'server-only';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { consents, type DocumentRow, mentorPairMentees, mentorPairs } from '@/db/schema';
import { initialsAfter } from '@/lib/core/russian';
import { missingConsentsMessage, missingOf } from '@/lib/domain/mentoring/consents';
import { personNameOf } from '@/lib/domain/mentoring/staff';
import type { Scope } from '@/lib/server/auth/scope';
import { listPairs, type PairView } from './list-pairs';

export interface GateResult {
  pairs: PairView[];
  /** Why the draft cannot be issued now, in Russian; null when it can. */
  problem: string | null;
}

const REPREPARE = 'Подготовьте приказ заново на странице «Пары и группы».';

async function lockListed(tx: Tx, doc: DocumentRow): Promise<void> {
  const pairs = await tx.select({ id: mentorPairs.id }).from(mentorPairs).where(eq(mentorPairs.orderId, doc.id)).orderBy(asc(mentorPairs.id)).for('update');
  if (pairs.length === 0) return;
  const ids = pairs.map((p) => p.id);
  const members = await tx.select({ personId: mentorPairMentees.personId }).from(mentorPairMentees).where(inArray(mentorPairMentees.pairId, ids));
  const mentors = await tx.select({ personId: mentorPairs.mentorId }).from(mentorPairs).where(inArray(mentorPairs.id, ids));
  const personIds = [...new Set([...members, ...mentors].map((m) => m.personId))];
  await tx
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.organizationId, doc.organizationId),
        or(inArray(consents.pairId, ids), and(isNull(consents.pairId), inArray(consents.personId, personIds))),
      ),
    )
    .orderBy(asc(consents.id))
    .for('update');
}

export async function pairOrderGate(db: Db | Tx, scope: Scope, doc: DocumentRow, opts: { lock?: boolean } = {}): Promise<GateResult> {
  if (opts.lock) await lockListed(db as Tx, doc);
  const linked = await db.select({ id: mentorPairs.id }).from(mentorPairs).where(eq(mentorPairs.orderId, doc.id));
  const pairs = await listPairs(db, scope, { ids: linked.map((p) => p.id), organizationId: doc.organizationId });
  const drafted = (doc.data as { pairs?: { mentees?: unknown[] }[] }).pairs ?? [];
  const draftedMentees = drafted.reduce((n, p) => n + (p.mentees?.length ?? 0), 0);
  const actualMentees = pairs.reduce((n, p) => n + p.mentees.length, 0);
  if (pairs.length === 0) return { pairs, problem: `В проекте приказа не осталось пар: они расформированы или включены в другой проект. ${REPREPARE}` };
  if (pairs.some((p) => p.pair.status !== 'forming') || pairs.length !== drafted.length || actualMentees !== draftedMentees) {
    return { pairs, problem: `Состав пар изменился после подготовки проекта. ${REPREPARE}` };
  }
  const names = new Map(pairs.flatMap((p) => [p.mentor, ...p.mentees]).map((person) => [person.id, initialsAfter(personNameOf(person))]));
  const missing = pairs.flatMap((p) => missingOf(p.consents));
  return { pairs, problem: missingConsentsMessage(missing, (id) => names.get(id) ?? id) };
}
