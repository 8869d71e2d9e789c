// The mentor's additional agreement of a pair (ст. 351.8 ТК РФ) as the documents cite it —
// its date and number — once it is marked signed; undefined before.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { consents } from '@/db/schema';

type AgreementRef = { date: string | null; number: string | null };

export async function signedAgreementOf(db: Db | Tx, pair: { id: string; mentorId: string }): Promise<AgreementRef | undefined> {
  const [agreement] = await db
    .select({ date: consents.receivedOn, number: consents.note })
    .from(consents)
    .where(and(eq(consents.pairId, pair.id), eq(consents.personId, pair.mentorId), eq(consents.kind, 'additional_agreement'), eq(consents.status, 'received')));
  return agreement;
}
