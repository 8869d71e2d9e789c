// Creates the consent rows a pair needs, each 'requested'. The personal-data consent belongs
// to the person: if they already have one (from another pair), it is kept as it is.
import 'server-only';
import type { Tx } from '@/db/client';
import { consents } from '@/db/schema';
import type { RequiredConsent } from '@/lib/domain/mentoring/consents';

export async function requestConsents(tx: Tx, organizationId: string, pairId: string, required: RequiredConsent[]): Promise<void> {
  if (required.length === 0) return;
  await tx
    .insert(consents)
    .values(required.map((r) => ({ organizationId, personId: r.personId, pairId: r.pairBound ? pairId : null, kind: r.kind })))
    .onConflictDoNothing();
}
