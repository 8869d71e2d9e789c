// Independent reads at once on the pool (each takes its own client), one after another on a
// transaction: a transaction is one client, and pg queues overlapping queries on a client
// with a deprecation warning today and will refuse them in pg@9.
import 'server-only';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';

type Reads = readonly (() => PromiseLike<unknown>)[];
type Results<T extends Reads> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

export async function readAll<const T extends Reads>(db: Db | Tx, reads: T): Promise<Results<T>> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
