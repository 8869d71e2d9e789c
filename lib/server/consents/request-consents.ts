// Creates the consent rows a pair needs, each 'requested'. The personal-data consent belongs
// to the person: if they already have one (from another pair), it is kept as it is; if the
// staff record says it was given (marked on /staff, imported), it is received with that
// date — one consent per person, never asked twice.
import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { consents, people } from '@/db/schema';
import type { RequiredConsent } from '@/lib/domain/mentoring/consents';

export async function requestConsents(tx: Tx, organizationId: string, pairId: string, required: RequiredConsent[]): Promise<void> {
  if (required.length === 0) return;
  const staff = await tx
    .select({ id: people.id, given: people.personalDataConsent, date: people.personalDataConsentDate })
    .from(people)
    .where(inArray(people.id, [...new Set(required.map((r) => r.personId))]));
  const givenOn = new Map(staff.filter((p) => p.given && p.date).map((p) => [p.id, p.date!]));
  await tx
    .insert(consents)
    .values(
      required.map((r) => {
        const date = r.kind === 'personal_data' ? givenOn.get(r.personId) : undefined;
        return { organizationId, personId: r.personId, pairId: r.pairBound ? pairId : null, kind: r.kind, ...(date ? { status: 'received' as const, receivedOn: date } : {}) };
      }),
    )
    .onConflictDoNothing();
}
