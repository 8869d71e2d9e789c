// Marks rows of an acknowledgement sheet. In-app acknowledgement counts only where the
// employer adopted its local act on electronic HR documents (ст. 22.2 ТК РФ), only for an
// employee who agreed to them (ст. 22.1) and only for their own row; it keeps the evidence
// the printed mark shows. Everyone else signs on paper and the curator or coordinator
// records the date.
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type Acknowledgement, acknowledgements, documents, organizations, users } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { electronicAcknowledgementRefusal } from '@/lib/domain/documents/electronic-acknowledgement';
import { parseId, type Scope } from '@/lib/server/auth/scope';
import type { ElectronicSignatureMark } from '@/templates/acknowledgement-sheet/schema';
import { todayIso } from '../clock';
import type { OpContext } from '../context';

async function loadRow(tx: Tx, id: unknown) {
  const rowId = parseId(id, 'Строка листа ознакомления');
  const [row] = await tx
    .select({ ack: acknowledgements, doc: documents })
    .from(acknowledgements)
    .innerJoin(documents, eq(acknowledgements.documentId, documents.id))
    .where(eq(acknowledgements.id, rowId))
    .for('update', { of: acknowledgements })
    .limit(1);
  return row ?? null;
}

const ownRow = (scope: Scope, ack: Acknowledgement) =>
  ack.userId === scope.userId || (scope.personId !== null && ack.personId === scope.personId);

export async function acknowledgeInApp(ctx: OpContext, input: { acknowledgementId: string }): Promise<{ acknowledgedOn: string }> {
  const row = await loadRow(ctx.tx, input.acknowledgementId);
  if (!row || !ownRow(ctx.scope, row.ack)) throw notFound('Строка листа ознакомления');
  if (row.doc.status === 'draft') throw conflict('Документ ещё не издан.');
  if (row.ack.acknowledgedOn) return { acknowledgedOn: row.ack.acknowledgedOn };
  const [me] = await ctx.tx
    .select({ consent: users.electronicHrConsent, fullName: users.fullName, email: users.email, act: organizations.electronicHrAct })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, ctx.scope.userId));
  const refusal = electronicAcknowledgementRefusal({ act: me?.act ?? null, consent: me?.consent ?? false });
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const today = todayIso();
  const at = new Date();
  const signature: ElectronicSignatureMark = {
    signer: me!.fullName,
    at: at.toISOString(),
    means: `вход в приложение «Наставник» под личной учетной записью ${me!.email} (логин и пароль)`,
    act: me!.act!,
    recordId: row.ack.id,
    documentSha256: row.doc.pdfSha256 ?? createHash('sha256').update(row.doc.pdf!).digest('hex'),
  };
  await ctx.tx
    .update(acknowledgements)
    .set({ acknowledgedOn: today, method: 'electronic', recordedBy: ctx.scope.userId, recordedAt: at, signature })
    .where(and(eq(acknowledgements.id, row.ack.id), isNull(acknowledgements.acknowledgedOn)));
  await ctx.audit({
    action: 'acknowledgement.electronic',
    entity: 'acknowledgement',
    entityId: row.ack.id,
    organizationId: row.doc.organizationId,
    after: { acknowledgedOn: today, documentSha256: signature.documentSha256 },
  });
  return { acknowledgedOn: today };
}

export async function recordPaperAcknowledgement(ctx: OpContext, input: { acknowledgementId: string; date: string | null }): Promise<void> {
  const row = await loadRow(ctx.tx, input.acknowledgementId);
  if (!row) throw notFound('Строка листа ознакомления');
  // Only the keeper of the document — its own organization — records paper signatures.
  if (row.doc.organizationId !== ctx.scope.orgId) throw notFound('Строка листа ознакомления');
  if (row.doc.status === 'draft' || !row.doc.issueDate) throw conflict('Документ ещё не издан.');
  if (row.ack.method === 'electronic') throw conflict('Сотрудник уже ознакомился в системе; отметка не меняется.');
  if (input.date !== null) {
    if (input.date < row.doc.issueDate) throw new AppError('VALIDATION', 'Дата ознакомления не может быть раньше даты документа.', { date: ['Раньше даты документа.'] });
    if (input.date > todayIso()) throw new AppError('VALIDATION', 'Дата ознакомления не может быть в будущем.', { date: ['Дата в будущем.'] });
  }
  await ctx.tx
    .update(acknowledgements)
    .set({ acknowledgedOn: input.date, method: input.date ? 'paper' : null, recordedBy: ctx.scope.userId, recordedAt: new Date() })
    .where(eq(acknowledgements.id, row.ack.id));
  await ctx.audit({
    action: input.date ? 'acknowledgement.paper' : 'acknowledgement.clear',
    entity: 'acknowledgement',
    entityId: row.ack.id,
    organizationId: row.doc.organizationId,
    before: { acknowledgedOn: row.ack.acknowledgedOn },
    after: { acknowledgedOn: input.date },
  });
}
