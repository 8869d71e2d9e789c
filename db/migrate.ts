// Applies the committed drizzle-kit migrations — all of them, or only up to a given one
// (a restore rebuilds the schema a backup was taken at; the upgrade test builds the
// previous release's schema).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db/migrations');

export interface JournalEntry {
  idx: number;
  tag: string;
  /** drizzle stores it as `created_at` of the applied migration: the version's identity. */
  when: number;
}

export function migrationJournal(folder = MIGRATIONS_FOLDER): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries;
}

/** `created_at` of every migration applied to this database, oldest first (none on an empty database). */
export async function appliedMigrations(db: Db): Promise<number[]> {
  const { rows } = await db.execute<{ exists: boolean }>(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`);
  if (!rows[0]?.exists) return [];
  const applied = await db.execute<{ created_at: string }>(sql`select created_at from drizzle.__drizzle_migrations order by created_at`);
  return applied.rows.map((r) => Number(r.created_at));
}

export async function runMigrations(db: Db, opts: { upTo?: string } = {}): Promise<void> {
  if (!opts.upTo) {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // drizzle's migrator applies every entry of a journal: give it a copy cut at `upTo`.
  const entries = migrationJournal();
  const last = entries.findIndex((e) => e.tag === opts.upTo);
  if (last < 0) throw new Error(`Миграция ${opts.upTo} не найдена в db/migrations.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-migrations-'));
  try {
    fs.mkdirSync(path.join(dir, 'meta'));
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
    journal.entries = journal.entries.slice(0, last + 1);
    fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
    for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
    await migrate(db, { migrationsFolder: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
