// The one database handle of the app: a pg pool on DATABASE_URL, wrapped by drizzle.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; every domain operation takes one so it composes into a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function connect(url: string, max = 10): { db: Db; pool: Pool } {
  const pool = new Pool({ connectionString: url, max });
  // An idle connection dies with its server (a restart, a failover): the pool drops it and
  // opens a new one on the next query. Unhandled, the 'error' event would end the process.
  pool.on('error', (e) => console.error(`PostgreSQL: соединение потеряно (${e.message})`));
  return { db: drizzle(pool, { schema }), pool };
}

const globalForDb = globalThis as unknown as { nastavnikDb?: Db };

/** The process-wide database, created on first use. */
export function getDb(): Db {
  if (!globalForDb.nastavnikDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL не задан: запустите приложение командой npm start.');
    globalForDb.nastavnikDb = connect(url, Number(process.env.DB_POOL_SIZE ?? 10)).db;
  }
  return globalForDb.nastavnikDb;
}
