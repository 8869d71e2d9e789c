// The district's bulk download: every issued document of the office and its schools (the
// stored PDF and DOCX, byte for byte), or every acknowledgement sheet (rendered on the fly),
// as one ZIP written into a stream. Memory stays flat as the district grows: documents are
// read a few at a time per organization, each entry is handed to archiver as a stream so it
// waits for the consumer, and the next batch is read only when the previous one is written.
// The last entry, «Опись.csv», lists every file with its document's requisites and SHA-256.
import 'server-only';
import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { and, asc, eq, exists, getTableColumns, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, documents, organizations } from '@/db/schema';
import { csvRow } from '@/lib/core/csv';
import { formatDate } from '@/lib/core/russian';
import { shortenAtWord } from '@/lib/core/shorten';
import { renderPdf } from '@/lib/documents/render';
import { DOCUMENT_STATUS_WORDS, type DocumentStatus } from '@/lib/domain/documents/status';
import type { ArchiveKind } from '@/lib/domain/validations/district';
import { inScope, orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { acknowledgementSheetModel } from '../documents/acknowledgement-sheet';

const BATCH = 8;
const STATUS_NOTE: Record<string, string> = { cancelled: ' (отменён)', amended: ' (изменён)' };

/** A safe path segment: no separators or characters Windows refuses, bounded length. */
export const safeName = (s: string, max = 120) =>
  shortenAtWord(s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_'), max).replace(/[. ]+$/, '') || '_';

class ArchiveAborted extends Error {}

interface EntryMeta {
  folder: string;
  number: string | null;
  issueDate: string | null;
  title: string;
  status: DocumentStatus;
}

/** Writes entries one at a time and keeps the inventory; a consumer that goes away stops it. */
class ArchiveWriter {
  private readonly archive = new ZipArchive({ store: true });
  private readonly names = new Set<string>();
  private readonly inventory: string[] = ['\uFEFFОрганизация;Файл;Номер;Дата;Документ;Состояние;SHA-256'];
  private readonly gone: Promise<never>;
  files = 0;

  constructor(private readonly out: Writable) {
    this.archive.pipe(out);
    this.gone = new Promise<never>((_, reject) => {
      out.once('close', () => !out.writableFinished && reject(new ArchiveAborted()));
      // Kept for the archive's lifetime: an error after an abort must not go unhandled.
      this.archive.on('error', reject);
    });
    this.gone.catch(() => {});
  }

  private unique(name: string): string {
    const dot = name.lastIndexOf('.');
    let candidate = name;
    for (let i = 2; this.names.has(candidate.toLowerCase()); i++) candidate = `${name.slice(0, dot)} (${i})${name.slice(dot)}`;
    this.names.add(candidate.toLowerCase());
    return candidate;
  }

  async add(meta: EntryMeta, base: string, ext: 'pdf' | 'docx', bytes: Buffer, date: Date) {
    const name = this.unique(`${meta.folder}/${safeName(base, 150)}.${ext}`);
    const written = new Promise<void>((resolve) => this.archive.once('entry', () => resolve()));
    // A stream source makes archiver wait for the consumer; a Buffer would be queued in memory.
    this.archive.append(Readable.from([bytes]), { name, date, store: true });
    await Promise.race([written, this.gone]);
    this.inventory.push(
      csvRow([
        meta.folder,
        name,
        meta.number ?? '',
        meta.issueDate ? formatDate(meta.issueDate) : '',
        meta.title,
        DOCUMENT_STATUS_WORDS[meta.status],
        createHash('sha256').update(bytes).digest('hex'),
      ]),
    );
    this.files++;
  }

  async finish() {
    this.archive.append(Buffer.from(this.inventory.join('\r\n'), 'utf8'), { name: 'Опись.csv', store: false });
    const done = new Promise<void>((resolve) => this.out.once('finish', resolve));
    await Promise.race([this.archive.finalize(), this.gone]);
    await Promise.race([done, this.gone]);
  }

  abort() {
    this.archive.abort();
  }
}

/** The office first, then its schools by name; each gets a folder named after it. */
async function organizationsOf(db: Db, scope: Scope) {
  const rows = await db
    .select({ id: organizations.id, shortName: organizations.shortName })
    .from(organizations)
    .where(orgsInScope(scope))
    .orderBy(sql`${organizations.kind} <> 'municipality'`, sql`${organizations.shortName} collate ru_natural`);
  const used = new Set<string>();
  return rows.map((r) => {
    let folder = safeName(r.shortName, 100);
    for (let i = 2; used.has(folder.toLowerCase()); i++) folder = `${safeName(r.shortName, 100)} (${i})`;
    used.add(folder.toLowerCase());
    return { ...r, folder };
  });
}

const requisites = (d: { issueDate: string | null; number: string | null }) =>
  [d.issueDate, d.number ? `№ ${d.number}` : null].filter(Boolean).join(' ');

async function writeDocuments(db: Db, w: ArchiveWriter, org: { id: string; folder: string }) {
  for (let after: string | null = null; ; ) {
    const batch = await db
      .select({
        id: documents.id,
        title: documents.title,
        status: documents.status,
        number: documents.number,
        issueDate: documents.issueDate,
        annexNo: documents.annexNo,
        issuedAt: documents.issuedAt,
        updatedAt: documents.updatedAt,
        pdf: documents.pdf,
        docx: documents.docx,
      })
      .from(documents)
      .where(and(eq(documents.organizationId, org.id), ne(documents.status, 'draft'), after ? gt(documents.id, after) : undefined))
      .orderBy(asc(documents.id))
      .limit(BATCH);
    for (const d of batch) {
      const meta = { folder: org.folder, number: d.number, issueDate: d.issueDate, title: d.title, status: d.status };
      const annex = d.annexNo ? `Приложение ${d.annexNo} ` : '';
      const base = `${requisites(d)} ${annex}${shortenAtWord(d.title, 100)}${STATUS_NOTE[d.status] ?? ''}`;
      const date = d.issuedAt ?? d.updatedAt;
      if (d.pdf) await w.add(meta, base, 'pdf', d.pdf, date);
      if (d.docx) await w.add(meta, base, 'docx', d.docx, date);
    }
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

// Sheets need the document's requisites only; its stored files are not read.
const { docx: _docx, pdf: _pdf, ...metaColumns } = getTableColumns(documents);

const hasAcknowledgements = (db: Db) =>
  exists(db.select({ id: acknowledgements.id }).from(acknowledgements).where(eq(acknowledgements.documentId, documents.id)));

async function writeSheets(db: Db, w: ArchiveWriter, org: { id: string; folder: string }) {
  const hasRows = hasAcknowledgements(db);
  for (let after: string | null = null; ; ) {
    const batch = await db
      .select(metaColumns)
      .from(documents)
      .where(and(eq(documents.organizationId, org.id), ne(documents.status, 'draft'), isNull(documents.parentId), hasRows, after ? gt(documents.id, after) : undefined))
      .orderBy(asc(documents.id))
      .limit(BATCH);
    for (const d of batch) {
      const model = await acknowledgementSheetModel(db, { ...d, docx: null, pdf: null });
      if (!model) continue;
      const meta = { folder: org.folder, number: d.number, issueDate: d.issueDate, title: d.title, status: d.status };
      await w.add(meta, `Лист ознакомления ${requisites(d)} ${shortenAtWord(d.title, 100)}`, 'pdf', await renderPdf(model), new Date());
    }
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

/**
 * Streams the archive of the caller's subtree into `out` and resolves when it is written.
 * If the consumer closes `out` early (the browser cancelled), reading stops at once.
 */
export async function writeDistrictArchive(db: Db, scope: Scope, kind: ArchiveKind, out: Writable): Promise<{ files: number; aborted: boolean }> {
  const w = new ArchiveWriter(out);
  try {
    for (const org of await organizationsOf(db, scope)) {
      await (kind === 'documents' ? writeDocuments(db, w, org) : writeSheets(db, w, org));
    }
    await w.finish();
    return { files: w.files, aborted: false };
  } catch (e) {
    if (e instanceof ArchiveAborted) {
      w.abort();
      return { files: w.files, aborted: true };
    }
    out.destroy(e as Error);
    throw e;
  }
}

/** What the archive page announces before the download: counts and the approximate size. */
export async function archiveSummary(db: Db, scope: Scope) {
  const [row] = await db
    .select({
      documents: sql<number>`count(*)::int`,
      bytes: sql<number>`coalesce(sum(octet_length(${documents.pdf}) + octet_length(${documents.docx})), 0)::float8`,
      sheets: sql<number>`count(*) filter (where ${and(isNull(documents.parentId), hasAcknowledgements(db))})::int`,
    })
    .from(documents)
    .where(and(ne(documents.status, 'draft'), inScope(scope, documents.organizationId)));
  return row ?? { documents: 0, bytes: 0, sheets: 0 };
}
