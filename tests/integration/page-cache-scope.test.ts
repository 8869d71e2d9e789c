// The page cache's invalidation scoped to what a write touches (scripts/page-cache.cjs with
// the database's `page_cache_version`, migration 0015_org_changes_triggers), on the real
// database: pages are rendered from it by a stand-in for Next.js, through two cache instances
// (two workers or machines) sharing one PostgreSQL.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { Pool, type QueryResultRow } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, documents, people, userSessions } from '@/db/schema';
import { updatePersonSchema } from '@/lib/domain/validations/person';
import { updatePerson } from '@/lib/server/people/update-person';
import { createPageCache } from '@/scripts/page-cache.cjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let pool: Pool;
/** Plain SQL, as psql or a script would write it. */
const sql = async <T extends QueryResultRow>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;
const servers: http.Server[] = [];

/** The user id travels as the session cookie here; the server decodes it from the JWT. */
const cookieOf = (userId: string) => `next-auth.session-token=${userId}`;
const userOf = (req: http.IncomingMessage) => /session-token=([0-9a-f-]{36})/.exec(req.headers.cookie ?? '')?.[1] ?? null;

/**
 * A page as the app's pages read: the staff of the user's subtree and the names and phones of
 * its organization and those above it, straight from the database.
 */
async function renderPage(req: http.IncomingMessage, res: http.ServerResponse) {
  const rows = await sql<{ text: string }>(
    `select concat_ws(' | ',
       (select string_agg(a.short_name || ' ' || a.phone, ', ' order by a.path) from organizations a where x.path like a.path || '%'),
       (select string_agg(p.last_name || ' — ' || p.position, ', ' order by p.last_name)
          from people p join organizations o on o.id = p.organization_id where o.path like x.path || '%')) as text
     from users u join organizations x on x.id = u.organization_id where u.id = $1`,
    [userOf(req)],
  );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<p>${rows[0]?.text ?? ''}</p>`);
}

/** One instance of the production server's cache on a port of its own. */
async function instance() {
  const cache = createPageCache({
    version: async (req) => {
      const userId = userOf(req);
      if (!userId) return null;
      return (await sql<{ v: string | null }>('select page_cache_version($1) as v', [userId]))[0]!.v;
    },
    sessionExpiresAt: async () => Date.now() + 3_600_000,
  });
  const server = http.createServer((req, res) => void cache.handle(req, res, renderPage));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (userId: string) => {
    const res = await fetch(`${base}/dashboard`, { headers: { cookie: cookieOf(userId) } });
    return { state: res.headers.get('x-page-cache'), body: await res.text() };
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  pool = new Pool({ connectionString: t.url, max: 4 });
  tree = await buildTree(t.db);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await pool?.end();
  await t?.close();
});

describe('page cache scoped to what a write touches', () => {
  it('a write in one school leaves other schools’ pages cached and refreshes its own, its district’s and its region’s', async () => {
    const view = await instance();
    const { region, district1, district2, head1a, head1b, head2 } = tree.scopes;
    const everyone = [region, district1, district2, head1a, head1b, head2];
    for (const s of everyone) expect((await view(s.userId)).state).toBe('miss');
    for (const s of everyone) expect((await view(s.userId)).state).toBe('hit');

    // Through the app's own operation: the head of 1А edits a staff record.
    const [person] = await t.db.select().from(people).where(eq(people.id, tree.people.s1a[0]!));
    const input = updatePersonSchema.parse({ personId: person!.id, lastName: 'Петрова', firstName: person!.firstName, middleName: person!.middleName ?? '', position: 'учитель химии' });
    await asUser(t.db, head1a, (ctx) => updatePerson(ctx, input));

    const named = Object.entries({ region, district1, district2, head1a, head1b, head2 });
    const after = Object.fromEntries(await Promise.all(named.map(async ([k, s]) => [k, await view(s.userId)] as const)));
    expect(after.head1a).toMatchObject({ state: 'miss' });
    expect(after.head1a!.body).toContain('учитель химии');
    expect(after.district1).toMatchObject({ state: 'miss' });
    expect(after.district1!.body).toContain('учитель химии');
    expect(after.region).toMatchObject({ state: 'miss' });
    expect(after.region!.body).toContain('учитель химии');
    expect(after.head1b!.state).toBe('hit');
    expect(after.district2!.state).toBe('hit');
    expect(after.head2!.state).toBe('hit');
  });

  it('shows a write made directly in SQL on the next view, on every instance, and above it too', async () => {
    const [one, two] = [await instance(), await instance()];
    const { district1, head1a, head1b } = tree.scopes;
    for (const view of [one, two]) {
      for (const s of [district1, head1a, head1b]) await view(s.userId);
      expect((await view(head1b.userId)).state).toBe('hit');
    }
    // The district publishes something every school under it shows (here: its phone).
    await sql(`update organizations set phone = '+7 (3854) 00-00-01' where id = $1`, [tree.orgs.d1.id]);
    for (const view of [one, two]) {
      for (const s of [district1, head1a, head1b]) {
        const v = await view(s.userId);
        expect(v.state).toBe('miss');
        expect(v.body).toContain('+7 (3854) 00-00-01');
      }
    }
    // A school's own row: its pages and those above it, not its sibling's.
    await sql(`update people set position = 'учитель физики' where id = $1`, [tree.people.s1b[0]!]);
    for (const view of [one, two]) {
      expect(await view(head1b.userId)).toMatchObject({ state: 'miss', body: expect.stringContaining('учитель физики') });
      expect((await view(district1.userId)).state).toBe('miss');
      expect((await view(head1a.userId)).state).toBe('hit');
    }
  });

  it('a head acknowledging a district order refreshes their school and those above it, not the other schools', async () => {
    const view = await instance();
    const { region, district1, head1a, head1b } = tree.scopes;
    const [order] = await t.db
      .insert(documents)
      .values({ organizationId: tree.orgs.d1.id, template: 'district-order-duties', title: 'О наставничестве', data: {} })
      .returning({ id: documents.id });
    const [row] = await t.db
      .insert(acknowledgements)
      .values({ documentId: order!.id, position: 1, userId: head1a.userId, lastName: 'Иванова', firstName: 'Мария' })
      .returning({ id: acknowledgements.id });
    for (const s of [region, district1, head1a, head1b]) await view(s.userId);
    await t.db.update(acknowledgements).set({ acknowledgedOn: '2026-10-01', method: 'electronic' }).where(eq(acknowledgements.id, row!.id));
    expect((await view(head1b.userId)).state).toBe('hit');
    expect((await view(head1a.userId)).state).toBe('miss');
    expect((await view(district1.userId)).state).toBe('miss');
    expect((await view(region.userId)).state).toBe('miss');

    // A row naming nobody belongs to the document's keeper: every page under it.
    await t.db.insert(acknowledgements).values({ documentId: order!.id, position: 2, lastName: 'Петров', firstName: 'Пётр' });
    expect((await view(head1b.userId)).state).toBe('miss');
  });

  it('ends the cached pages of a session that is signed out elsewhere', async () => {
    const view = await instance();
    const { head2 } = tree.scopes;
    const [session] = await t.db
      .insert(userSessions)
      .values({ userId: head2.userId, expiresAt: new Date(Date.now() + 3_600_000) })
      .returning({ id: userSessions.id });
    await view(head2.userId);
    expect((await view(head2.userId)).state).toBe('hit');
    await t.db.update(userSessions).set({ revokedAt: new Date() }).where(eq(userSessions.id, session!.id));
    expect((await view(head2.userId)).state).toBe('miss');
  });

  it('keeps nothing for an unknown account', async () => {
    const view = await instance();
    const stranger = crypto.randomUUID();
    expect((await view(stranger)).state).toBeNull();
    expect((await view(stranger)).state).toBeNull();
  });
});

describe('change counters', () => {
  /** Tables whose rows no page shows: sign-in attempts (read only by the sign-in's rate limit) and the counters themselves. */
  const UNTRACKED = ['login_attempts', 'org_changes', 'org_changes_pending'];

  it('every table is tracked by the counter triggers, so a new tenant table cannot be forgotten', async () => {
    const rows = await sql<{ table: string; has_org: boolean; triggers: string[] }>(
      `select c.relname as table,
              exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'organization_id' and not a.attisdropped) as has_org,
              array(select tg.tgname::text from pg_trigger tg where tg.tgrelid = c.oid and tg.tgname like 'org\\_changes\\_%' order by 1) as triggers
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')`,
    );
    expect(rows.filter((r) => r.has_org).length).toBeGreaterThan(20);
    const untracked = rows.filter((r) => !UNTRACKED.includes(r.table) && r.triggers.join() !== 'org_changes_del,org_changes_ins,org_changes_trunc,org_changes_upd');
    expect(untracked.map((r) => r.table), 'add `SELECT org_changes_attach(...)` for these tables to a migration').toEqual([]);
    expect(rows.filter((r) => r.has_org).map((r) => r.table)).not.toContain('login_attempts');
  });

  const versionOf = async (orgId: string) =>
    Number((await sql<{ v: string }>('select coalesce(max(version), 0)::text as v from org_changes where organization_id = $1', [orgId]))[0]!.v);

  it('bumps at commit: two writers in one school that lock rows in opposite order do not deadlock on the counter', async () => {
    const school = tree.orgs.s1a.id;
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      const start = await versionOf(school);
      await first.query('begin');
      await second.query('begin');
      // The first writes in the school, then needs a row the second holds; the second, holding
      // it, writes in the same school and commits. A counter locked at the first write would
      // be a cycle (PostgreSQL would abort one as a deadlock).
      await first.query(`update people set position = 'учитель 1' where id = $1`, [tree.people.s1a[0]!]);
      await second.query('select 1 from organizations where id = $1 for update', [school]);
      const waiting = first.query('select 1 from organizations where id = $1 for update', [school]);
      await second.query(`update people set position = 'учитель 2' where id = $1`, [tree.people.s1a[1]!]);
      await second.query('commit');
      await waiting;
      await first.query('commit');
      expect(await versionOf(school)).toBe(start + 2);
      expect(await sql('select * from org_changes_pending')).toEqual([]);
    } finally {
      first.release();
      second.release();
    }
  });

  it('bumps nothing for a rolled-back transaction or savepoint', async () => {
    const school = tree.orgs.s2.id;
    const start = await versionOf(school);
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update people set position = 'учитель' where organization_id = $1`, [school]);
      await client.query('rollback');
      expect(await versionOf(school)).toBe(start);
      await client.query('begin');
      await client.query('savepoint s');
      await client.query(`update people set position = 'учитель' where organization_id = $1`, [school]);
      await client.query('rollback to savepoint s');
      await client.query(`update people set position = 'учитель' where organization_id = $1`, [tree.orgs.s1b.id]);
      await client.query('commit');
      expect(await versionOf(school)).toBe(start);
    } finally {
      client.release();
    }
  });

  it('a statement that changes no row bumps nothing, and a row without an organization bumps the global counter', async () => {
    const counters = async () => (await sql<{ s: string }>('select coalesce(sum(version), 0)::text as s from org_changes'))[0]!.s;
    const before = await counters();
    await sql(`update people set position = 'x' where false`);
    expect(await counters()).toBe(before);
    const global = async () => (await sql<{ v: string }>(`select coalesce(max(version), 0)::text as v from org_changes where organization_id = '00000000-0000-0000-0000-000000000000'`))[0]!.v;
    const g = Number(await global());
    await sql(`insert into audit_log (action, entity) values ('test', 'test')`);
    expect(Number(await global())).toBe(g + 1);
  });
});
