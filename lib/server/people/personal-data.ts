// Personal data under 152-ФЗ. A person has one consent to processing: the consents row
// (kind personal_data, no pair), which /consents and /staff both show and mark; the staff
// record mirrors it. A withdrawal erases nothing at once: the data only the consent covered
// go within 30 days (ст. 21 ч. 5), what the employment record needs stays.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acknowledgements, consents, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, people, users } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { loadPerson } from './load-person';

/** The staff record mirrors the consent; birth date and experience stay either way (employment record). */
export async function applyPersonalDataConsent(tx: Tx, personId: string, status: 'received' | 'withdrawn', date: string): Promise<void> {
  const mirror = status === 'received' ? { personalDataConsent: true, personalDataConsentDate: date } : { personalDataConsent: false, personalDataConsentDate: null };
  await tx
    .update(people)
    .set({ ...mirror, updatedAt: new Date() })
    .where(eq(people.id, personId));
}

/**
 * The staff form marks the same consent as /consents: received with its date, or withdrawn
 * today when the mark is taken off. Returns what changed, for the audit.
 */
export async function markPersonalDataConsent(
  tx: Tx,
  o: { organizationId: string; personId: string; given: boolean; date: string | null; today: string; userId: string },
): Promise<'received' | 'withdrawn' | null> {
  const [row] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.personId, o.personId), eq(consents.kind, 'personal_data'), isNull(consents.pairId)))
    .for('update');
  if (o.given && o.date) {
    if (row?.status === 'received' && row.receivedOn === o.date) return null;
    const change = { status: 'received' as const, receivedOn: o.date, closedOn: null, erasedOn: null, recordedBy: o.userId, updatedAt: new Date() };
    if (row) await tx.update(consents).set(change).where(eq(consents.id, row.id));
    else await tx.insert(consents).values({ organizationId: o.organizationId, personId: o.personId, kind: 'personal_data', ...change });
    return 'received';
  }
  if (!o.given && row?.status === 'received') {
    await tx.update(consents).set({ status: 'withdrawn', closedOn: o.today, recordedBy: o.userId, updatedAt: new Date() }).where(eq(consents.id, row.id));
    return 'withdrawn';
  }
  return null;
}

/** Everything the school keeps about one person, for a request under ст. 14 152-ФЗ. */
export async function exportPersonalData(db: Db, scope: Scope, personId: unknown) {
  const person = await loadPerson(db, scope, personId);
  const [account, mentee, mentor, consentRows, pairs, menteeIn, acks] = await Promise.all([
    db
      .select({ email: users.email, role: users.role, isActive: users.isActive, electronicHrConsent: users.electronicHrConsent, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.personId, person.id)),
    db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, person.id)),
    db.select().from(mentorProfiles).where(eq(mentorProfiles.personId, person.id)),
    db
      .select({ kind: consents.kind, status: consents.status, receivedOn: consents.receivedOn, closedOn: consents.closedOn })
      .from(consents)
      .where(eq(consents.personId, person.id)),
    db
      .select({ id: mentorPairs.id, form: mentorPairs.form, startDate: mentorPairs.startDate, endDate: mentorPairs.endDate, status: mentorPairs.status })
      .from(mentorPairs)
      .where(eq(mentorPairs.mentorId, person.id)),
    db.select({ pairId: mentorPairMentees.pairId }).from(mentorPairMentees).where(eq(mentorPairMentees.personId, person.id)),
    db
      .select({ documentId: acknowledgements.documentId, acknowledgedOn: acknowledgements.acknowledgedOn, method: acknowledgements.method })
      .from(acknowledgements)
      .where(eq(acknowledgements.personId, person.id)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    person,
    account: account[0] ?? null,
    menteeProfile: mentee[0] ?? null,
    mentorProfile: mentor[0] ?? null,
    consents: consentRows,
    pairsAsMentor: pairs,
    pairsAsMentee: menteeIn.map((m) => m.pairId),
    acknowledgements: acks,
  };
}
