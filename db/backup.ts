// Backup and restore of the whole application state — every table of the app, stored
// documents included (they live in PostgreSQL as bytea) — as one gzip file.
//
// Why not pg_dump: the embedded server ships without it and Debian's older pg_dump refuses
// a PostgreSQL 18 server. Why not a file-level copy: it needs the server stopped or the WAL
// archived. So: one REPEATABLE READ READ ONLY transaction sees a single consistent snapshot
// while the app keeps writing; every row is written as PostgreSQL's own text form of the row
// (`t::text`, which round-trips every type exactly: bytea, jsonb, arrays, enums), and the
// file records which migrations built the schema. A restore migrates an empty database to
// exactly that version, loads the rows back through the same text form (`r::t`), sets the
// sequences, and only then applies the migrations that came later.
//
// File: gzip of JSON lines — a header, then per table a `{"table"}` line, one JSON string per
// row and an `{"end"}` line with the row count, then the sequences and a final `{"done"}`.
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { Client } from 'pg';
import { connect } from './client';
import { migrationJournal, runMigrations } from './migrate';

const FORMAT = 'nastavnik-backup';
const FORMAT_VERSION = 1;
const FETCH_ROWS = 200;
/** A batch of restored rows: big enough to be fast, small enough for documents' bytea. */
const BATCH_BYTES = 16 * 1024 * 1024;

export interface BackupSummary {
  /** Rows per table. */
  tables: Record<string, number>;
  /** Tag of the newest migration of the backed-up schema. */
  migration: string;
}

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: { hash: string; createdAt: number }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The page cache's change counters (db/schema/org-changes.ts), the pupils' counts by birth
 * month (pupil_birth_counts), the schools' kept counts (school_counts) and the pupils'
 * involvement (student_involvement) are not application state: the restore's own inserts
 * rebuild them through the triggers, and loading the old values on top would collide with those.
 */
const NOT_BACKED_UP = new Set(['org_changes', 'pupil_birth_counts', 'school_counts', 'student_involvement']);

async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
  );
  return rows.map((r) => r.name).filter((name) => !NOT_BACKED_UP.has(name));
}

function tagOf(createdAt: number): string {
  const entry = migrationJournal().find((e) => e.when === createdAt);
  if (!entry) throw new Error(`Копия сделана версией приложения с неизвестной миграцией (${createdAt}): восстановите её той же или более новой версией.`);
  return entry.tag;
}

/** Writes the backup of the database at `url` into `file` (atomically: a partial file never has the final name). */
export async function writeBackup(url: string, file: string): Promise<BackupSummary> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  const tables: Record<string, number> = {};
  let migration = '';
  try {
    await client.query('begin isolation level repeatable read read only');
    const gzip = zlib.createGzip();
    const done = pipeline(gzip, fs.createWriteStream(partial));
    const write = (line: string) => (gzip.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => gzip.once('drain', () => r())));

    const applied = await client.query<{ hash: string; created_at: string }>(
      'select hash, created_at from drizzle.__drizzle_migrations order by created_at',
    );
    if (!applied.rowCount) throw new Error('В базе нет применённых миграций: это не база Наставника.');
    const header: Header = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: applied.rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) })),
    };
    migration = tagOf(header.migrations[header.migrations.length - 1].createdAt);
    await write(JSON.stringify(header));

    for (const table of await publicTables(client)) {
      await write(JSON.stringify({ table }));
      await client.query(`declare rows_cursor no scroll cursor for select t::text as r from public.${ident(table)} t`);
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ r: string }>(`fetch ${FETCH_ROWS} from rows_cursor`);
        for (const row of rows) await write(JSON.stringify(row.r));
        count += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('close rows_cursor');
      await write(JSON.stringify({ end: table, rows: count }));
      tables[table] = count;
    }

    const sequences = await client.query<{ name: string; value: string | null }>(
      `select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by sequencename`,
    );
    await write(JSON.stringify({ sequences: sequences.rows }));
    await write(JSON.stringify({ done: true }));
    gzip.end();
    await done;
    await client.query('commit');
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  } finally {
    await client.end();
  }
  return { tables, migration };
}

async function assertEmpty(client: Client): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p')`,
  );
  if (rows[0].n > 0) {
    throw new Error('База данных не пуста: восстановление выполняется только в пустую базу (удалите папку .data/pg или укажите новую базу в DATABASE_URL).');
  }
}

async function* lines(file: string): AsyncGenerator<unknown> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) if (line) yield JSON.parse(line);
}

/**
 * Restores `file` into the empty database at `url`: schema of the backup's version, rows,
 * sequences, then the migrations that came after it (unless `upgrade` is false: the upgrade
 * test looks at the data before them). One transaction: all or nothing.
 */
export async function restoreBackup(url: string, file: string, opts: { upgrade?: boolean } = {}): Promise<BackupSummary> {
  const rows = lines(file);
  const first = await rows.next();
  const header = first.value as Header | undefined;
  if (!header || header.format !== FORMAT) throw new Error(`${file} — не резервная копия Наставника.`);
  if (header.version !== FORMAT_VERSION) throw new Error(`Неизвестная версия формата резервной копии: ${header.version}.`);
  const journal = migrationJournal();
  header.migrations.forEach((m, i) => {
    if (journal[i]?.when !== m.createdAt) throw new Error('Миграции копии не совпадают с миграциями этой версии приложения: восстановите копию той версией, которой она сделана, или более новой.');
  });
  const migration = tagOf(header.migrations[header.migrations.length - 1].createdAt);

  const client = new Client({ connectionString: url });
  await client.connect();
  const tables: Record<string, number> = {};
  try {
    await assertEmpty(client);
  } catch (e) {
    await client.end();
    throw e;
  }
  try {
    const { db, pool } = connect(url, 1);
    try {
      await runMigrations(db, { upTo: migration });
    } finally {
      await pool.end();
    }

    await client.query('begin');
    // Rows arrive table by table in name order, and a table may point at itself (organizations,
    // documents): defer every foreign key to the commit, where all of them are still checked.
    const fks = await client.query<{ table: string; name: string; deferrable: boolean; deferred: boolean }>(
      `select c.conrelid::regclass::text as table, c.conname as name, c.condeferrable as deferrable, c.condeferred as deferred
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f'`,
    );
    for (const fk of fks.rows) await client.query(`alter table ${fk.table} alter constraint ${ident(fk.name)} deferrable initially deferred`);

    let table = '';
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (!batch.length) return;
      await client.query(`insert into public.${ident(table)} select (r::public.${ident(table)}).* from unnest($1::text[]) as r`, [batch]);
      tables[table] = (tables[table] ?? 0) + batch.length;
      batch = [];
      bytes = 0;
    };
    let finished = false;
    for await (const item of rows) {
      if (typeof item === 'string') {
        batch.push(item);
        bytes += item.length;
        if (bytes >= BATCH_BYTES || batch.length >= 1000) await flush();
        continue;
      }
      const line = item as { table?: string; end?: string; rows?: number; sequences?: { name: string; value: string | null }[]; done?: boolean };
      if (line.table) {
        table = line.table;
        tables[table] = 0;
      } else if (line.end) {
        await flush();
        if (tables[line.end] !== line.rows) throw new Error(`Копия повреждена: в таблице ${line.end} ${tables[line.end]} строк вместо ${line.rows}.`);
      } else if (line.sequences) {
        for (const s of line.sequences) {
          if (s.value !== null) await client.query('select setval($1, $2::bigint, true)', [`public.${ident(s.name)}`, s.value]);
        }
      } else if (line.done) {
        finished = true;
      }
    }
    if (!finished) throw new Error('Копия обрывается: файл неполный.');

    await client.query('set constraints all immediate');
    for (const fk of fks.rows) {
      const mode = fk.deferrable ? `deferrable initially ${fk.deferred ? 'deferred' : 'immediate'}` : 'not deferrable';
      await client.query(`alter table ${fk.table} alter constraint ${ident(fk.name)} ${mode}`);
    }
    await client.query('commit');
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    // The database was empty before: leave it empty, so the restore can simply be run again.
    await client.query('drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }

  if (opts.upgrade !== false) {
    const { db, pool } = connect(url, 1);
    try {
      await runMigrations(db);
    } finally {
      await pool.end();
    }
  }
  return { tables, migration };
}
