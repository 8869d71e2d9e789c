// The printed sheet «С приказом ознакомлены» of a document, with the dates recorded so far.
// Rendered on request (it changes as people acknowledge), never frozen.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, type DocumentRow, organizations } from '@/db/schema';
import type { DocumentModel } from '@/lib/documents/model';
import { acknowledgementSheet } from '@/templates/acknowledgement-sheet';

export async function acknowledgementRows(db: Db, documentId: string) {
  return db.select().from(acknowledgements).where(eq(acknowledgements.documentId, documentId)).orderBy(asc(acknowledgements.position));
}

export async function acknowledgementSheetModel(db: Db, doc: DocumentRow): Promise<DocumentModel | null> {
  const rows = await acknowledgementRows(db, doc.id);
  if (rows.length === 0) return null;
  const [org] = await db.select().from(organizations).where(eq(organizations.id, doc.organizationId));
  return sheetModel(doc, org!, rows);
}

type AcknowledgementRow = typeof acknowledgements.$inferSelect;

/** The sheet of `doc` issued by `org` with its rows (by position), for callers that read them in bulk. */
export function sheetModel(
  doc: Pick<DocumentRow, 'issueDate' | 'number' | 'title'>,
  org: { shortName: string; kind: string },
  rows: AcknowledgementRow[],
): DocumentModel {
  const data = acknowledgementSheet.schema.parse({
    order: { issuer: org.shortName, date: doc.issueDate, number: doc.number, title: doc.title },
    unitHeader: org.kind === 'school' ? 'Должность' : 'Учреждение',
    rows: rows.map((r) => {
      // An electronic mark without its evidence (recorded before the local act was required)
      // proves nothing on paper: the row is left to be signed by hand.
      const unproven = r.method === 'electronic' && !r.signature;
      return {
        person: { lastName: r.lastName, firstName: r.firstName, middleName: r.middleName },
        unit: r.unit || '—',
        date: unproven ? null : r.acknowledgedOn,
        signed: unproven ? null : r.method,
        signature: r.signature,
      };
    }),
  });
  return acknowledgementSheet.build(data);
}
