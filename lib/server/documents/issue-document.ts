// Issues a draft: a registered number (orders), the issue date, the data snapshot and both
// rendered files with their sha256 — the order and its annexes together, in one
// transaction. A document that corrects another moves that one to cancelled/amended.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type DocumentRow, documents, organizations } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { type DocumentSeries, formatSeriesNumber, numberingYear } from '@/lib/documents/numbering';
import { type Requisites, stampRequisites } from '@/lib/documents/requisites';
import { templateClass, templateSeries } from '@/templates/registry';
import type { OpContext } from '../context';
import { notifyDocumentIssued } from '../notifications/document-notices';
import { allocateSequence } from './allocate-number';
import { loadOwnDocument } from './load-document';
import { renderFrozen } from './render-frozen';

export interface IssueResult {
  id: string;
  number: string | null;
  issueDate: string;
}

type Numbering = { year: number; series: DocumentSeries; sequence: number };

async function freeze(tx: Tx, doc: DocumentRow, req: Requisites, numbering: Numbering | null, issuedBy: string) {
  const data = stampRequisites(templateClass(doc.template), doc.data as Record<string, unknown>, req);
  const rendered = await renderFrozen(doc.template, data);
  const updated = await tx
    .update(documents)
    .set({
      status: 'issued',
      data: rendered.data,
      title: rendered.title,
      number: req.number,
      issueDate: req.date,
      year: numbering?.year ?? null,
      ...(numbering ? { series: numbering.series } : {}),
      sequence: numbering?.sequence ?? null,
      docx: rendered.docx,
      pdf: rendered.pdf,
      docxSha256: rendered.docxSha256,
      pdfSha256: rendered.pdfSha256,
      issuedBy,
      issuedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(documents.id, doc.id), eq(documents.status, 'draft')))
    .returning({ id: documents.id });
  if (updated.length !== 1) throw conflict('Документ уже издан.');
}

export async function issueDocument(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  // The row lock makes a double submit wait, then find the document issued.
  const doc = await loadOwnDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  if (doc.parentId) throw conflict('Приложение издаётся вместе с приказом, к которому оно относится.');

  let numbering: Numbering | null = null;
  let number: string | null = null;
  if (templateClass(doc.template) === 'order') {
    const [org] = await ctx.tx
      .select({ general: organizations.orderSuffix, personnel: organizations.personnelOrderSuffix })
      .from(organizations)
      .where(eq(organizations.id, doc.organizationId));
    const year = numberingYear(input.issueDate);
    const series = templateSeries(doc.template);
    const sequence = await allocateSequence(ctx.tx, doc.organizationId, year, series);
    numbering = { year, series, sequence };
    number = formatSeriesNumber(series, sequence, { general: org?.general ?? '', personnel: org?.personnel ?? '' });
  }
  const req = { date: input.issueDate, number };
  await freeze(ctx.tx, doc, req, numbering, ctx.scope.userId);
  const annexes = await ctx.tx.select().from(documents).where(eq(documents.parentId, doc.id)).orderBy(asc(documents.annexNo));
  for (const annex of annexes) await freeze(ctx.tx, annex, req, null, ctx.scope.userId);

  if (doc.correctsId && doc.correction) {
    const status = doc.correction === 'cancels' ? 'cancelled' : 'amended';
    const corrected = await ctx.tx
      .update(documents)
      .set({ status, updatedAt: new Date() })
      // An order already amended once (one pair of a pair order ended early) may be amended again.
      .where(and(eq(documents.id, doc.correctsId), eq(documents.organizationId, doc.organizationId), inArray(documents.status, ['issued', 'amended'])))
      .returning({ id: documents.id });
    if (corrected.length !== 1) throw conflict('Исправляемый документ не найден среди изданных документов организации.');
    // Its annexes share its fate.
    await ctx.tx.update(documents).set({ status, updatedAt: new Date() }).where(and(eq(documents.parentId, doc.correctsId), inArray(documents.status, ['issued', 'amended'])));
  }
  // In this transaction: the notices (and their mail) exist exactly when the document is issued.
  const notified = await notifyDocumentIssued(ctx.tx, doc.id, ctx.scope.userId);
  await ctx.audit({
    action: 'document.issue',
    entity: 'document',
    entityId: doc.id,
    organizationId: doc.organizationId,
    after: { number, issueDate: input.issueDate, annexes: annexes.length, corrects: doc.correctsId, notified: notified.length },
  });
  return { id: doc.id, number, issueDate: input.issueDate };
}
