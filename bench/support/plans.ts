// The query plans the region and country benches print: every statement a read sends, run
// again under EXPLAIN (ANALYZE, BUFFERS), with the scans it uses and those that read a large
// table whole.
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';

/** A table this big is worth an index lookup even for a district; smaller ones hash in a blink. */
const LARGE_TABLE_ROWS = 50_000;

interface Statement {
  sql: string;
  params: unknown[];
}

/** A reader on `pool` that returns the statements `read` sent through the database it was given. */
export function statementRecorder(pool: Pool): (read: (db: Db) => Promise<unknown>) => Promise<Statement[]> {
  const logged: Statement[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => logged.push({ sql, params }) } });
  return async (read) => {
    logged.length = 0;
    await read(db);
    return [...logged];
  };
}

/** The tables of more than LARGE_TABLE_ROWS rows, as it prints them. */
export async function largeTables(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ relname: string }>(`select relname from pg_class where relkind = 'r' and reltuples > $1`, [LARGE_TABLE_ROWS]);
  const large = rows.map((r) => r.relname);
  console.log(`large tables (over ${LARGE_TABLE_ROWS} rows): ${large.join(', ')}`);
  return large;
}

/**
 * Prints `statement`'s execution time and, `full`, its plan, or else the scans it uses.
 * Returns the sequential scans of `large` tables among them.
 */
export async function explain(pool: Pool, large: string[], title: string, statement: Statement, full: boolean): Promise<string[]> {
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.sql}`, statement.params);
  const plan = rows.map((r) => r['QUERY PLAN']);
  const scans = [
    ...new Set(
      plan
        .map((l) => /(Seq Scan|Index Only Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan) (?:using (\S+) )?on (\S+)/.exec(l))
        .filter(Boolean)
        .map((m) => `${m![1]} on ${m![3]}${m![2] ? ` (${m![2]})` : ''}`),
    ),
  ];
  const seqBig = scans.filter((s) => s.startsWith('Seq Scan') && large.includes(s.split(' ')[3]!));
  console.log(`\n-- ${title}: ${plan.find((l) => l.startsWith('Execution Time')) ?? ''}`);
  // Lines carry the 2,000 school ids of a region: cut them.
  if (full) console.log(plan.map((l) => `   ${l.length > 200 ? `${l.slice(0, 200)}…` : l}`).join('\n'));
  else console.log(`   scans: ${scans.join('; ')}`);
  if (seqBig.length) console.log(`   sequential scans of large tables: ${seqBig.join('; ')}`);
  return seqBig;
}
