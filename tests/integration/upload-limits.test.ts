// Every upload the app takes through a server action refuses a file over its own limit with a
// Russian message naming it, and writes nothing. The actions are the app's own modules, driven
// as scoped-action.test.ts drives scopedAction: real session cookie, real database; only the
// request's headers and cookies and revalidatePath are stood in for.
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, files, organizations, people, users } from '@/db/schema';
import { createSession } from '@/lib/server/auth/sessions';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

const request = vi.hoisted(() => ({ headers: new Headers(), cookies: [] as { name: string; value: string }[] }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ getAll: () => request.cookies, get: (name: string) => request.cookies.find((c) => c.name === name) }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const SECRET = randomBytes(32).toString('hex');
let t: TestDatabase;
let tree: Tree;

async function signIn(userId: string | null) {
  const sid = userId ? await createSession(t.db, userId, 3600) : null;
  request.cookies = userId ? [{ name: 'next-auth.session-token', value: await encode({ token: { uid: userId, sid }, secret: SECRET }) }] : [];
}

const MB = 1024 * 1024;
/** A file of `size` bytes that starts like a real one: the limit, not the content, must refuse it. */
const sized = (name: string, head: string | Uint8Array, size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(typeof head === 'string' ? new TextEncoder().encode(head) : head);
  return new File([bytes], name);
};
const formWith = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const totals = async () => ({
  orgs: (await t.db.select({ n: count() }).from(organizations))[0]!.n,
  users: (await t.db.select({ n: count() }).from(users))[0]!.n,
  people: (await t.db.select({ n: count() }).from(people))[0]!.n,
  files: (await t.db.select({ n: count() }).from(files))[0]!.n,
  audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
});

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  vi.stubEnv('NEXTAUTH_SECRET', SECRET);
  vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
  (globalThis as { nastavnikDb?: Db }).nastavnikDb = t.db;
  request.headers = new Headers({ 'user-agent': 'vitest' });
});
afterAll(async () => {
  delete (globalThis as { nastavnikDb?: Db }).nastavnikDb;
  vi.unstubAllEnvs();
  await t.close();
});
afterEach(() => signIn(null));

describe('upload limits on the server', () => {
  it('a municipality list over 2 MB: the limit in Russian, nothing registered', async () => {
    const { importMunicipalitiesAction, previewMunicipalityImportAction } = await import('@/app/(app)/districts/import/actions');
    await signIn(tree.scopes.region.userId);
    const before = await totals();
    const header = 'Полное наименование;Краткое наименование;Населённый пункт;Должность руководителя;ФИО руководителя;ФИО координатора;Email координатора\n';
    const row = 'Управление образования района;Управление;с. Село;Начальник;Мищенко Ольга Викторовна;Громова Ирина Павловна;g@r.example\n';
    for (const action of [previewMunicipalityImportAction, importMunicipalitiesAction]) {
      const result = await action(formWith({ file: sized('муниципалитеты.csv', header + row, 2 * MB + 1) }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/^Файл больше 2 МБ: /)] } });
    }
    expect(await totals()).toEqual(before);
    // At the limit the same file goes through to the parser.
    const ok = await previewMunicipalityImportAction(formWith({ file: sized('муниципалитеты.csv', header + row, 2 * MB) }));
    expect(ok).toMatchObject({ ok: true, data: { rows: [expect.objectContaining({ shortName: 'Управление' })] } });
  });

  it('a school list and a staff list over 2 MB: the limit in Russian, nothing written', async () => {
    const { importSchoolsAction } = await import('@/app/(app)/schools/import/actions');
    const { readStaffFileAction } = await import('@/app/(app)/staff/actions');
    const before = await totals();
    await signIn(tree.scopes.district1.userId);
    const schools = await importSchoolsAction(formWith({ file: sized('школы.csv', 'Полное наименование;Краткое наименование\n', 3 * MB) }));
    expect(schools).toMatchObject({ ok: false, fieldErrors: { file: ['Файл больше 2 МБ: разделите список на части или сохраните в файле только нужный лист.'] } });
    await signIn(tree.scopes.curator1a.userId);
    const staff = await readStaffFileAction(formWith({ file: sized('сотрудники.csv', 'Фамилия;Имя\n', 3 * MB) }));
    expect(staff).toMatchObject({ ok: false, fieldErrors: { file: ['Файл больше 2 МБ: сохраните в нём только список сотрудников.'] } });
    expect(await totals()).toEqual(before);
  });

  it('a consent scan over 20 MB: the limit in Russian, no file stored', async () => {
    const { recordConsentAction } = await import('@/app/(app)/consents/actions');
    await signIn(tree.scopes.curator1a.userId);
    const before = await totals();
    const pdf = new TextEncoder().encode('%PDF-1.4\n');
    const result = await recordConsentAction(
      formWith({ status: 'received', consentId: crypto.randomUUID(), date: '2026-01-15', scan: sized('согласие.pdf', pdf, 20 * MB + 1) }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { scan: ['Файл больше 20 МБ: уменьшите разрешение или сожмите скан.'] } });
    expect(await totals()).toEqual(before);
  });
});
