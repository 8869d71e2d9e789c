// Upgrades: every committed fixture of a past release (tests/fixtures/upgrade/<migration>.backup.gz,
// written by scripts/upgrade-fixture.ts with that release's own operations) is restored at its
// schema version, then the current migrations are applied one by one. After each, every table
// keeps its rows and every row keeps the values of all its earlier columns — so a future
// migration that drops, truncates or rewrites data fails here, in `npm test`.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { restoreBackup } from '@/db/backup';
import { connect } from '@/db/client';
import { migrationJournal, runMigrations } from '@/db/migrate';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/upgrade');
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.backup.gz'));

/** Every row of every table as jsonb, keyed by table and primary key. */
async function snapshot(url: string): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = await c.query<{ name: string; pk: string[] | null }>(
      `select t.relname as name,
              (select array_agg(a.attname::text order by a.attnum) from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = t.oid and i.indisprimary) as pk
         from pg_class t join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public' and t.relkind = 'r'`,
    );
    const all = new Map<string, Map<string, Record<string, unknown>>>();
    for (const { name, pk } of tables.rows) {
      const { rows } = await c.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from public."${name}" t`);
      const byKey = new Map<string, Record<string, unknown>>();
      for (const { row } of rows) byKey.set(JSON.stringify((pk ?? Object.keys(row)).map((k) => row[k])), row);
      all.set(name, byKey);
    }
    return all;
  } finally {
    await c.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `u_${Math.random().toString(16).slice(2, 10)}`;
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

describe('upgrading a database of an earlier release', () => {
  it('has a fixture of an earlier schema version', () => {
    const latest = migrationJournal().at(-1)!.when;
    const older = fixtures.map((f) => migrationJournal().find((e) => `${e.tag}.backup.gz` === f)).filter((e) => e && e.when < latest);
    expect(older.length, 'run scripts/upgrade-fixture.ts at the release before the newest migration').toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`keeps every row and value of ${fixture} through every later migration`, async () => {
      const url = await emptyDatabase();
      const { migration, tables } = await restoreBackup(url, path.join(FIXTURES, fixture), { upgrade: false });
      // The fixture exercises every table of its release.
      expect(Object.entries(tables).filter(([, n]) => n === 0)).toEqual([]);
      const before = await snapshot(url);

      const journal = migrationJournal();
      const { db, pool } = connect(url, 1);
      try {
        for (const step of journal.slice(journal.findIndex((e) => e.tag === migration) + 1)) {
          await runMigrations(db, { upTo: step.tag });
          const after = await snapshot(url);
          for (const [table, rows] of before) {
            expect(after.has(table), `${step.tag} drops the table ${table}`).toBe(true);
            const now = after.get(table)!;
            expect(now.size, `${step.tag}: rows of ${table}`).toBe(rows.size);
            for (const [key, row] of rows) {
              const kept = now.get(key);
              expect(kept, `${step.tag}: ${table} ${key}`).toBeDefined();
              for (const [column, value] of Object.entries(row)) expect(kept![column], `${step.tag}: ${table}.${column} of ${key}`).toEqual(value);
            }
          }
        }
        // The upgraded database still proves its issued files and still freezes them.
        const docs = await pool.query<{ ok: boolean }>(
          `select encode(sha256(pdf), 'hex') = pdf_sha256 and encode(sha256(docx), 'hex') = docx_sha256 as ok from documents where status <> 'draft'`,
        );
        expect(docs.rows.length).toBeGreaterThan(0);
        expect(docs.rows.every((r) => r.ok)).toBe(true);
        await expect(pool.query(`update documents set title = 'x' where status <> 'draft'`)).rejects.toThrow(/frozen/);
      } finally {
        await pool.end();
      }
    });
  }
});
