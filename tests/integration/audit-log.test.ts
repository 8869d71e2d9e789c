// «Журнал действий»: each level sees its own subtree's entries and nothing else, whatever ids
// or filters the URL carries; filters by person, action and dates; pages; and the downloads
// of personal data and of the district archive are recorded with the request's address.
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { AUDIT_PAGE_SIZE, parseAuditQuery } from '@/lib/domain/audit/query';
import { personSchema } from '@/lib/domain/validations/person';
import { listAudit } from '@/lib/server/audit/list-audit';
import { createSession } from '@/lib/server/auth/sessions';
import { writeAudit } from '@/lib/server/context';
import { createPerson } from '@/lib/server/people/create-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ getAll: () => request.cookies, get: (name: string) => request.cookies.find((c) => c.name === name) }),
}));

const SECRET = randomBytes(32).toString('hex');
let t: TestDatabase;
let tree: Tree;

const q = (params: Record<string, string> = {}) => parseAuditQuery(params).query;
const person = (lastName: string) => personSchema.parse({ lastName, firstName: 'Ольга', middleName: 'Ивановна', position: 'учитель' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  vi.stubEnv('NEXTAUTH_SECRET', SECRET);
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  (globalThis as { nastavnikDb?: Db }).nastavnikDb = t.db;
  await asUser(t.db, tree.scopes.head1a, (ctx) => createPerson(ctx, person('Андреева')));
  await asUser(t.db, tree.scopes.head1b, (ctx) => createPerson(ctx, person('Борисова')));
  await asUser(t.db, tree.scopes.head2, (ctx) => createPerson(ctx, person('Васильева')));
  // An entry of the district's own organization, dated in the past.
  await writeAudit(t.db, tree.scopes.district1, { ip: '198.51.100.1', userAgent: null }, { action: 'school.import', entity: 'organization', after: { file: 'школы.xlsx' } });
  await t.db.update(auditLog).set({ at: new Date('2026-01-10T12:00:00') }).where(eq(auditLog.action, 'school.import'));
});
afterAll(async () => {
  delete (globalThis as { nastavnikDb?: Db }).nastavnikDb;
  vi.unstubAllEnvs();
  await t.close();
});

const subjects = async (scope: Tree['scopes'][keyof Tree['scopes']], params: Record<string, string> = {}) =>
  (await listAudit(t.db, scope, q(params))).rows.map((r) => r.subject).sort();

describe('the audit log page', () => {
  it('a head sees their school only; a coordinator their district; the operator the region', async () => {
    expect(await subjects(tree.scopes.head1a)).toEqual(['Андреева Ольга Ивановна']);
    expect(await subjects(tree.scopes.district1)).toEqual(['Андреева Ольга Ивановна', 'Борисова Ольга Ивановна', 'школы.xlsx']);
    expect(await subjects(tree.scopes.region)).toHaveLength(4);
    const [row] = (await listAudit(t.db, tree.scopes.head1a, q())).rows;
    expect(row).toMatchObject({ actorRole: 'school_head', action: 'person.create', organization: 'Школа 1А', ip: '127.0.0.1' });
  });

  it('forged filters never widen the scope: another school’s actor, a made-up action, a bad date', async () => {
    expect(await subjects(tree.scopes.head1a, { actor: tree.scopes.head1b.userId })).toEqual([]);
    expect(await subjects(tree.scopes.head1a, { actor: tree.scopes.head2.userId, action: 'person.create' })).toEqual([]);
    expect(await subjects(tree.scopes.head1a, { actor: "' or 1=1 --" })).toEqual(['Андреева Ольга Ивановна']);
    expect(parseAuditQuery({ actor: 'x', action: 'DROP TABLE', from: '2026-02-31' }).problems).toEqual([
      'Сотрудник в фильтре не найден: показаны действия всех.',
      'Такого действия нет: показаны все действия.',
      'В поле «Период с» такой даты нет в календаре. Фильтр по дате не применён.',
    ]);
    // The people offered by the filter are those of the scope.
    expect((await listAudit(t.db, tree.scopes.head1a, q())).actors.map((a) => a.id)).toEqual([tree.scopes.head1a.userId]);
  });

  it('filters by person, action and date range', async () => {
    expect(await subjects(tree.scopes.district1, { actor: tree.scopes.head1b.userId })).toEqual(['Борисова Ольга Ивановна']);
    expect(await subjects(tree.scopes.district1, { action: 'school.import' })).toEqual(['школы.xlsx']);
    expect(await subjects(tree.scopes.district1, { from: '2026-01-10', to: '2026-01-10' })).toEqual(['школы.xlsx']);
    expect(await subjects(tree.scopes.district1, { to: '2026-01-09' })).toEqual([]);
  });

  it('pages the newest first', async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await writeAudit(t.db, tree.scopes.head1b, { ip: null, userAgent: null }, { action: 'program.mark', entity: 'program', after: { fullName: `Отметка ${i}` } });
    }
    const first = await listAudit(t.db, tree.scopes.head1b, q({ action: 'program.mark' }));
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, pages: 2 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.subject).toBe(`Отметка ${AUDIT_PAGE_SIZE + 4}`);
    const second = await listAudit(t.db, tree.scopes.head1b, q({ action: 'program.mark', page: '2' }));
    expect(second.rows.map((r) => r.subject)).toEqual(['Отметка 4', 'Отметка 3', 'Отметка 2', 'Отметка 1', 'Отметка 0']);
  });

  it('curators and teachers have no journal', async () => {
    await expect(listAudit(t.db, tree.scopes.curator1a, q())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listAudit(t.db, tree.scopes.teacher1a, q())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('downloads are recorded', () => {
  async function signIn(userId: string) {
    const sid = await createSession(t.db, userId, 3600);
    request.cookies = [{ name: 'next-auth.session-token', value: await encode({ token: { uid: userId, sid }, secret: SECRET }) }];
  }
  const get = (path: string) => new Request(`http://localhost:3000${path}`, { headers: { 'x-nastavnik-client-address': '203.0.113.9', 'user-agent': 'vitest' } });

  it('a personal-data export: who, whose, from where; a forged id of another school records nothing', async () => {
    const { GET } = await import('@/app/(app)/staff/[id]/personal-data/route');
    await signIn(tree.scopes.curator1a.userId);
    const id = tree.people.s1a[0]!;
    expect((await GET(get(`/staff/${id}/personal-data`), { params: Promise.resolve({ id }) })).status).toBe(200);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.export'));
    expect(rows).toEqual([
      expect.objectContaining({ actorUserId: tree.scopes.curator1a.userId, organizationId: tree.orgs.s1a.id, entityId: id, ip: '203.0.113.9', after: { fullName: 'Петров-1а Иван Сергеевич' } }),
    ]);
    const other = tree.people.s2[0]!;
    expect((await GET(get(`/staff/${other}/personal-data`), { params: Promise.resolve({ id: other }) })).status).toBe(404);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.export'))).toHaveLength(1);
    // The head sees it in the journal, in words.
    const [entry] = (await listAudit(t.db, tree.scopes.head1a, q({ action: 'personal_data.export' }))).rows;
    expect(entry).toMatchObject({ subject: 'Петров-1а Иван Сергеевич', ip: '203.0.113.9' });
  });

  it('a district archive download', async () => {
    const { GET } = await import('@/app/(app)/district/archive/download/route');
    await signIn(tree.scopes.district1.userId);
    const res = await GET(get('/district/archive/download?kind=sheets'), { params: Promise.resolve(undefined) });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'district.archive.download'), eq(auditLog.organizationId, tree.orgs.d1.id)));
    expect(rows).toEqual([expect.objectContaining({ actorUserId: tree.scopes.district1.userId, ip: '203.0.113.9', after: { file: 'Листы ознакомления' } })]);
  });
});
