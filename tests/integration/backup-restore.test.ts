// Backup and restore (db/backup.ts, npm run backup / restore): a copy of a database with
// issued documents comes back onto an empty database with every row and every stored file.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { restoreBackup, writeBackup } from '@/db/backup';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree } from '../support/tree';
import { form, pair, pupil, pupilMentor } from './students-monitor-fixtures';

const run = promisify(execFile);
let t: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-backup-'));

async function query<T extends object>(url: string, text: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `r_${Math.random().toString(16).slice(2, 10)}`;
  await query(adminUrl, `create database ${name}`);
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/**
 * Rows of every table of the app and the sha256 of every issued file: what must survive. The
 * page cache's change counters are not state: the restore's inserts rebuild them.
 */
async function fingerprint(url: string) {
  const tables = await query<{ name: string }>(url, `select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'org_changes' order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await query<{ n: number }>(url, `select count(*)::int as n from public."${name}"`))[0].n;
  const files = await query<{ id: string; docx: string; pdf: string }>(
    url,
    `select id, encode(sha256(docx), 'hex') as docx, encode(sha256(pdf), 'hex') as pdf from documents where status <> 'draft' order by id`,
  );
  const stored = await query<{ id: string; docx: string; pdf: string }>(
    url,
    `select id, docx_sha256 as docx, pdf_sha256 as pdf from documents where status <> 'draft' order by id`,
  );
  return { counts, files, stored };
}

beforeAll(async () => {
  t = await createTestDatabase();
  const tree = await buildTree(t.db);
  const doc = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
    createDraft(ctx, {
      template: 'school-intro-order',
      title: 'О внедрении системы наставничества',
      data: { ...introOrder, date: null, number: null },
      annexes: [{ template: 'school-regulation', title: 'Положение о системе наставничества', data: regulation }],
    }),
  );
  await asUser(t.db, tree.scopes.curator1a, (ctx) => issueDocument(ctx, { documentId: doc.id, issueDate: '2026-09-01' }));
  const mentee = await pupil(t.db, tree.orgs.s1a.id, 'Ученикова', '2014-03-08');
  const mentor = await pupilMentor(t.db, tree.orgs.s1a.id, await pupil(t.db, tree.orgs.s1a.id, 'Учеников', '2012-11-30'));
  await pair(t.db, tree.orgs.s1a.id, { mentorId: mentor, formId: await form(t.db, tree.orgs.s1a.id, 'ученик – ученик'), mentees: [mentee] });
  await asUser(t.db, tree.scopes.curator1a, (ctx) =>
    createDraft(ctx, { template: 'school-intro-order', title: 'Черновик', data: { ...introOrder, date: null, number: null } }),
  );
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row and every issued file onto an empty database', async () => {
    const before = await fingerprint(t.url);
    expect(before.files.length).toBeGreaterThanOrEqual(2); // the order and its annex
    expect(before.counts.documents).toBeGreaterThan(before.files.length);
    expect(before.counts.audit_log).toBeGreaterThan(0);

    const file = path.join(dir, 'copy.backup.gz');
    const summary = await writeBackup(t.url, file);
    // pupil_birth_counts, school_counts and student_involvement are derived: left out of the
    // copy, rebuilt by the restore's inserts of pupils, documents and the pupils' pair.
    const { pupil_birth_counts: derived, school_counts: kept, student_involvement: involved, ...written } = before.counts;
    expect(derived).toBe(4);
    expect(kept).toBeGreaterThan(0);
    expect(involved).toBe(2);
    expect(summary.tables).toEqual(written);

    const target = await emptyDatabase();
    await restoreBackup(target, file);
    const after = await fingerprint(target);
    expect(after).toEqual(before);
    // The stored files still match the checksums frozen at issue.
    expect(after.files).toEqual(after.stored);
    // Sequences continue after the restored rows: new audit rows do not collide.
    const [{ max }] = await query<{ max: string }>(target, 'select max(id)::text as max from audit_log');
    const [{ next }] = await query<{ next: string }>(target, `select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as next`);
    expect(BigInt(next)).toBeGreaterThan(BigInt(max));
    // An issued document is frozen after the restore as before it.
    await expect(query(target, `update documents set title = 'x' where status <> 'draft'`)).rejects.toThrow(/frozen/);
  });

  it('refuses a database that is not empty and leaves it untouched', async () => {
    const file = path.join(dir, 'again.backup.gz');
    await writeBackup(t.url, file);
    const before = await fingerprint(t.url);
    await expect(restoreBackup(t.url, file)).rejects.toThrow('База данных не пуста');
    expect(await fingerprint(t.url)).toEqual(before);
  });

  it('npm run backup and npm run restore work from the command line on a live database', async () => {
    const file = path.join(dir, 'cli.backup.gz');
    const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
    const backup = await run(tsx, ['scripts/backup.ts', file], { env: { ...process.env, DATABASE_URL: t.url } });
    expect(backup.stdout).toContain('Резервная копия');
    const target = await emptyDatabase();
    const restore = await run(tsx, ['scripts/restore.ts', file], { env: { ...process.env, DATABASE_URL: target } });
    expect(restore.stdout).toContain('Восстановлено');
    expect(await fingerprint(target)).toEqual(await fingerprint(t.url));
  }, 120_000);
});
