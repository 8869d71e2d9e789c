// Scans of signed consents in the files table: stored after their first bytes prove them a
// PDF, JPEG or PNG of at most 5 MB, deleted when the paper they show is void, and read back
// only inside the caller's subtree.
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { consents, files } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { detectScanType, SCAN_EXTENSIONS, scanProblem } from '@/lib/domain/mentoring/scan-file';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';

export async function storeScan(tx: Tx, organizationId: string, userId: string, file: File, baseName: string): Promise<string> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const problem = scanProblem(bytes);
  if (problem) throw new AppError('VALIDATION', problem, { scan: [problem] });
  const type = detectScanType(bytes)!;
  const [row] = await tx
    .insert(files)
    .values({
      organizationId,
      // The stored name follows the content, not whatever the upload was called.
      filename: `${baseName}.${SCAN_EXTENSIONS[type]}`,
      contentType: type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes,
      createdBy: userId,
    })
    .returning({ id: files.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function deleteScans(tx: Tx, ids: (string | null)[]): Promise<void> {
  const present = ids.filter((id): id is string => id !== null);
  if (present.length) await tx.delete(files).where(inArray(files.id, present));
}

/** The scan of a consent of the caller's subtree, for download. */
export async function loadScan(db: Db, scope: Scope, consentId: unknown) {
  const id = parseId(consentId, 'Запись о согласии');
  const [row] = await db
    .select({ filename: files.filename, contentType: files.contentType, bytes: files.bytes })
    .from(consents)
    .innerJoin(files, and(eq(files.id, consents.scanId), eq(files.organizationId, consents.organizationId)))
    .where(and(eq(consents.id, id), inScope(scope, consents.organizationId)))
    .limit(1);
  if (!row) throw notFound('Копия (скан) согласия');
  return row;
}
