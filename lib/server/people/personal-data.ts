// Personal data under 152-ФЗ: the staff record follows the person's consent to processing,
// and the person can get a copy of everything kept about them.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acknowledgements, consents, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, people, users } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { loadPerson } from './load-person';

/**
 * A received consent lets the record keep birth date and experience; a withdrawn one stops
 * the processing, so those fields are erased at once (the CHECK on people enforces it too).
 */
export async function applyPersonalDataConsent(tx: Tx, personId: string, status: 'received' | 'withdrawn', date: string): Promise<void> {
  if (status === 'received') {
    await tx.update(people).set({ personalDataConsent: true, personalDataConsentDate: date, updatedAt: new Date() }).where(eq(people.id, personId));
  } else {
    await tx
      .update(people)
      .set({ personalDataConsent: false, personalDataConsentDate: null, birthDate: null, pedagogicalStart: null, updatedAt: new Date() })
      .where(eq(people.id, personId));
  }
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
