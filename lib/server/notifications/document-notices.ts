// Event notices of documents, written in the transaction of the event: an issued document
// reaches everyone on its acknowledgement sheet who has an account (heads of a district
// order, staff of a school order); a reminder reaches those who have not acknowledged yet.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { documents, organizations } from '@/db/schema';
import { documentIssuedNotice, type IssuedDocumentFacts, reminderNotice } from '@/lib/domain/notifications/notices';
import { addresseesOf, notify } from './notify';

async function factsOf(tx: Db | Tx, documentId: string): Promise<IssuedDocumentFacts> {
  const [d] = await tx
    .select({ id: documents.id, title: documents.title, number: documents.number, issueDate: documents.issueDate, issuer: organizations.shortName })
    .from(documents)
    .innerJoin(organizations, eq(organizations.id, documents.organizationId))
    .where(eq(documents.id, documentId));
  if (!d?.issueDate) throw new Error(`document ${documentId} is not issued`);
  return { ...d, issueDate: d.issueDate };
}

export async function notifyDocumentIssued(tx: Tx, documentId: string, issuerUserId: string): Promise<string[]> {
  const recipients = await addresseesOf(tx, documentId, { exceptUserId: issuerUserId });
  if (recipients.length === 0) return [];
  return notify(tx, recipients, documentIssuedNotice(await factsOf(tx, documentId)), { mail: true });
}

/** Returns who was reminded now and how many had already been reminded today. */
export async function remindPending(tx: Tx, documentId: string, today: string): Promise<{ reminded: string[]; alreadyToday: number }> {
  const recipients = await addresseesOf(tx, documentId, { pendingOnly: true });
  if (recipients.length === 0) return { reminded: [], alreadyToday: 0 };
  const reminded = await notify(tx, recipients, reminderNotice(await factsOf(tx, documentId), today), { mail: true });
  return { reminded, alreadyToday: recipients.length - reminded.length };
}
