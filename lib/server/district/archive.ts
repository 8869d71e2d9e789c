// The district's bulk download: every issued document of the office and its schools (the
// stored PDF and DOCX, byte for byte), or every acknowledgement sheet (rendered on the fly),
// as one ZIP written into a stream. Memory stays flat as the district grows: documents are
// read a few at a time per organization (sheets: a page of documents with their rows in two
// queries, the next page read while this one renders), each entry is handed to archiver as a
// stream so it waits for the consumer, and no more than one page is read ahead.
// The last entry, «Опись.csv», lists every file with its document's requisites and SHA-256.
import 'server-only';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Readable, type Writable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { and, asc, eq, exists, getTableColumns, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, documents, organizations } from '@/db/schema';
import { csvRow } from '@/lib/core/csv';
import { formatDate } from '@/lib/core/russian';
import { shortenAtWord } from '@/lib/core/shorten';
import { PdfPool } from '@/lib/documents/pdf-pool';
import { renderPdf } from '@/lib/documents/render';
import { DOCUMENT_STATUS_WORDS, type DocumentStatus } from '@/lib/domain/documents/status';
import type { ArchiveKind } from '@/lib/domain/validations/district';
import { inScope, orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { sheetModel } from '../documents/acknowledgement-sheet';

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
  /** Why the archive cannot go on (the consumer went away, archiver failed), once it cannot. */
  private failure: Error | null = null;
  /** Rejects the step being waited for, if any. */
  private stop: ((e: Error) => void) | null = null;
  files = 0;

  constructor(private readonly out: Writable) {
    this.archive.pipe(out);
    out.once('close', () => !out.writableFinished && this.fail(new ArchiveAborted()));
    // Kept for the archive's lifetime: an error after an abort must not go unhandled.
    this.archive.on('error', (e: Error) => this.fail(e));
  }

  private fail(e: Error) {
    this.failure ??= e;
    this.stop?.(this.failure);
  }

  /**
   * `step`, unless the archive fails first. (Racing every step against one promise pending for
   * the archive's lifetime left a reaction on it per file, kept until the end.)
   */
  private until<T>(step: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) {
        // Its own failure, later, is not "unhandled".
        step.catch(() => {});
        reject(this.failure);
        return;
      }
      this.stop = reject;
      step.then(
        (value) => {
          this.stop = null;
          resolve(value);
        },
        (e: unknown) => {
          this.stop = null;
          reject(e as Error);
        },
      );
    });
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
    await this.until(written);
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
    await this.until(this.archive.finalize());
    await this.until(done);
  }

  abort() {
    this.archive.abort();
  }
}

/** The office first, then its schools by name; each gets a folder named after it. */
async function organizationsOf(db: Db, scope: Scope) {
  const rows = await db
    .select({ id: organizations.id, shortName: organizations.shortName, kind: organizations.kind })
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

/** Organizations whose sheets' ids are read at once (their ids only: a few kilobytes). */
const ORG_CHUNK = 200;
/**
 * Sheets whose requisites and rows are read in one round trip; the next page is read while this
 * one renders. Small enough that a page's rows die young: at 32, rows read a page ahead lived
 * through two of V8's young-object collections and each sheet left 65 KB of garbage in the old
 * space of this thread, collected only when it reached V8's limit (100 MB more for 2,000 sheets).
 */
const SHEET_PAGE = 16;
/**
 * Threads rendering a large archive's sheets while this one reads, models and zips them (about
 * half a render's work): one per core but this one's, as each worker holds its own fonts and caches.
 */
const SHEET_WORKERS = Math.max(1, Math.min(3, availableParallelism() - 1));

type Org = Awaited<ReturnType<typeof organizationsOf>>[number];
type SheetRef = { id: string; org: Org };

/** The documents with acknowledgement rows of `orgs`, in the archive's order: folder by folder, by id within one. */
async function sheetRefs(db: Db, orgs: Org[]): Promise<SheetRef[]> {
  const byId = new Map(orgs.map((o, i) => [o.id, { org: o, index: i }]));
  const ids = await db
    .select({ id: documents.id, organizationId: documents.organizationId })
    .from(documents)
    .where(and(inArray(documents.organizationId, [...byId.keys()]), ne(documents.status, 'draft'), isNull(documents.parentId), hasAcknowledgements(db)))
    .orderBy(asc(documents.id));
  // A stable sort keeps the id order within an organization.
  return ids
    .map((d) => ({ id: d.id, ...byId.get(d.organizationId)! }))
    .sort((a, b) => a.index - b.index)
    .map(({ id, org }) => ({ id, org }));
}

/** The page's documents with their rows, as the sheets need them. */
async function sheetPage(db: Db, refs: SheetRef[]) {
  const ids = refs.map((r) => r.id);
  const [docs, rows] = await Promise.all([
    db.select(metaColumns).from(documents).where(inArray(documents.id, ids)),
    db
      .select()
      .from(acknowledgements)
      .where(inArray(acknowledgements.documentId, ids))
      .orderBy(asc(acknowledgements.documentId), asc(acknowledgements.position)),
  ]);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const rowsOf = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = rowsOf.get(r.documentId);
    if (list) list.push(r);
    else rowsOf.set(r.documentId, [r]);
  }
  return refs.flatMap(({ id, org }) => {
    const doc = docById.get(id);
    const docRows = rowsOf.get(id);
    // Gone or emptied between the two reads: nothing to print, as when there were never rows.
    return doc && docRows ? [{ doc, org, rows: docRows }] : [];
  });
}

/** Sheets from which a district's archive renders on worker threads (fewer: starting them costs more). */
const POOL_FROM = 24;
/**
 * Sheets rendered ahead of the one being written: enough to keep every worker busy (one in hand,
 * one waiting), few enough that the models and files waiting here die young.
 */
const AHEAD = 2 * SHEET_WORKERS + 2;

async function writeSheets(db: Db, w: ArchiveWriter, orgs: Org[]) {
  let pool: PdfPool | null = null;
  const ahead: { meta: EntryMeta; base: string; pdf: Promise<Buffer> }[] = [];
  const writeAhead = async (keep: number) => {
    while (ahead.length > keep) {
      const { meta, base, pdf } = ahead.shift()!;
      await w.add(meta, base, 'pdf', await pdf, new Date());
    }
  };
  try {
    for (let o = 0; o < orgs.length; o += ORG_CHUNK) {
      const refs = await sheetRefs(db, orgs.slice(o, o + ORG_CHUNK));
      if (!pool && (refs.length >= POOL_FROM || orgs.length > ORG_CHUNK)) pool = new PdfPool(SHEET_WORKERS);
      const pages = Array.from({ length: Math.ceil(refs.length / SHEET_PAGE) }, (_, p) => refs.slice(p * SHEET_PAGE, (p + 1) * SHEET_PAGE));
      let next = pages.length ? sheetPage(db, pages[0]!) : null;
      try {
        for (let p = 0; next; p++) {
          const sheets = await next;
          next = p + 1 < pages.length ? sheetPage(db, pages[p + 1]!) : null;
          // Taken off the page as they are modelled, so that a sheet's rows die young.
          for (let sheet = sheets.shift(); sheet; sheet = sheets.shift()) {
            const { doc: d, org, rows } = sheet;
            const model = sheetModel(d, org, rows);
            const pdf = pool ? pool.render(model) : renderPdf(model);
            // Awaited when its turn to be written comes; a failure before then is not "unhandled".
            pdf.catch(() => {});
            const meta = { folder: org.folder, number: d.number, issueDate: d.issueDate, title: d.title, status: d.status };
            ahead.push({ meta, base: `Лист ознакомления ${requisites(d)} ${shortenAtWord(d.title, 100)}`, pdf });
            await writeAhead(AHEAD);
          }
        }
      } finally {
        // A read still running when the consumer went away is not waited for, nor its failure reported.
        next?.catch(() => {});
      }
    }
    await writeAhead(0);
  } finally {
    await pool?.close();
  }
}

/**
 * Streams the archive of the caller's subtree into `out` and resolves when it is written.
 * If the consumer closes `out` early (the browser cancelled), reading stops at once.
 */
export async function writeDistrictArchive(db: Db, scope: Scope, kind: ArchiveKind, out: Writable): Promise<{ files: number; aborted: boolean }> {
  const w = new ArchiveWriter(out);
  try {
    const orgs = await organizationsOf(db, scope);
    if (kind === 'sheets') await writeSheets(db, w, orgs);
    else for (const org of orgs) await writeDocuments(db, w, org);
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
