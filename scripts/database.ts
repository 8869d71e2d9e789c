// Resolves the database for a command: DATABASE_URL when set, otherwise the embedded
// PostgreSQL in .data/pg (created on first use). Creates the application database if missing.
import path from 'node:path';
import { Client } from 'pg';
import { type EmbeddedServer, startEmbeddedPostgres, startThrowawayPostgres } from '@/db/embedded';

export const APP_DATABASE = 'nastavnik';
export const EMBEDDED_DATA_DIR = path.join(process.cwd(), '.data', 'pg');

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedServer | null;
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

type Sizes<D extends readonly number[]> = { -readonly [K in keyof D]: number };

/**
 * The arguments of the generators and their benches, `[DATABASE_URL] [size …]`: the URL (the
 * argument, else DATABASE_URL, else none) and the sizes, each defaulting to its `defaults` entry.
 */
export function urlAndSizes<const D extends readonly number[]>(args: string[], defaults: D): { url: string | undefined; sizes: Sizes<D> } {
  const [first, ...rest] = args;
  const given = first?.includes('://');
  const numbers = (given ? rest : [first, ...rest]).filter(Boolean).map(Number);
  return { url: given ? first : process.env.DATABASE_URL, sizes: defaults.map((d, i) => numbers[i] ?? d) as Sizes<D> };
}

/**
 * For the generators and benches: the database at `url` when one is given, else the database
 * `name` of a throwaway embedded PostgreSQL started with `settings`; `stop` removes what was
 * started (nothing for a URL).
 */
export async function givenOrThrowaway(
  url: string | undefined,
  name: string,
  settings?: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (url) return { url, stop: async () => {} };
  const pg = await startThrowawayPostgres(`nastavnik-${name}`, settings);
  await ensureDatabase(pg.adminUrl, name);
  return { url: pg.urlFor(name), stop: () => pg.stop() };
}

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  // Supervised: if PostgreSQL dies, it is restarted on the same port and the app's pools reconnect.
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, log, supervise: true });
  await ensureDatabase(embedded.adminUrl, APP_DATABASE);
  return { url: embedded.urlFor(APP_DATABASE), embedded };
}
