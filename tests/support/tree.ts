// A small organization tree for tenancy tests: one region, two districts, three schools,
// an account of every role, and two staff per school.
import type { Db } from '@/db/client';
import { organizations, people, users } from '@/db/schema';
import type { Role } from '@/lib/domain/permissions';
import { loadScope, type Scope } from '@/lib/server/auth/scope';
import { runInScope, type OpContext } from '@/lib/server/context';

// A precomputed bcrypt hash of 'password123' keeps fixtures fast.
export const FIXTURE_PASSWORD = 'password123';
const FIXTURE_HASH = '$2b$10$KJhn/RZ.EBiRnGtXZNF0Ye0ibY8PcQmuAc5yDfOWftwDNonJfCOsi';

type Kind = 'region' | 'municipality' | 'school';

async function org(db: Db, kind: Kind, name: string, parent?: { id: string; path: string }) {
  const id = crypto.randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.insert(organizations).values({
    id,
    kind,
    path,
    parentId: parent?.id ?? null,
    fullName: `Полное наименование: ${name}`,
    shortName: name,
    city: 'г. Тестовск',
    headPosition: 'Директор',
    headLastName: 'Иванова',
    headFirstName: 'Мария',
    headMiddleName: 'Петровна',
  });
  return { id, path };
}

async function account(db: Db, organizationId: string, role: Role, email: string): Promise<Scope> {
  const [u] = await db
    .insert(users)
    .values({ organizationId, role, email, fullName: `Пользователь ${email}`, passwordHash: FIXTURE_HASH })
    .returning({ id: users.id });
  const scope = await loadScope(db, u!.id);
  if (!scope) throw new Error('fixture scope');
  return scope;
}

async function staff(db: Db, organizationId: string, tag: string) {
  const rows = await db
    .insert(people)
    .values([
      { organizationId, lastName: `Петров-${tag}`, firstName: 'Иван', middleName: 'Сергеевич', position: 'учитель' },
      { organizationId, lastName: `Сидорова-${tag}`, firstName: 'Анна', middleName: 'Ивановна', position: 'учитель' },
    ])
    .returning({ id: people.id });
  return rows.map((r) => r.id);
}

export async function buildTree(db: Db) {
  const region = await org(db, 'region', 'Регион');
  const d1 = await org(db, 'municipality', 'Район 1', region);
  const d2 = await org(db, 'municipality', 'Район 2', region);
  const s1a = await org(db, 'school', 'Школа 1А', d1);
  const s1b = await org(db, 'school', 'Школа 1Б', d1);
  const s2 = await org(db, 'school', 'Школа 2', d2);
  const scopes = {
    region: await account(db, region.id, 'region_operator', 'region@test.ru'),
    district1: await account(db, d1.id, 'district_coordinator', 'd1@test.ru'),
    district2: await account(db, d2.id, 'district_coordinator', 'd2@test.ru'),
    head1a: await account(db, s1a.id, 'school_head', 'head1a@test.ru'),
    curator1a: await account(db, s1a.id, 'curator', 'curator1a@test.ru'),
    teacher1a: await account(db, s1a.id, 'teacher', 'teacher1a@test.ru'),
    head1b: await account(db, s1b.id, 'school_head', 'head1b@test.ru'),
    head2: await account(db, s2.id, 'school_head', 'head2@test.ru'),
  };
  const people_ = { s1a: await staff(db, s1a.id, '1а'), s1b: await staff(db, s1b.id, '1б'), s2: await staff(db, s2.id, '2') };
  return { orgs: { region, d1, d2, s1a, s1b, s2 }, scopes, people: people_ };
}

export type Tree = Awaited<ReturnType<typeof buildTree>>;

export const asUser = <T>(db: Db, scope: Scope, body: (ctx: OpContext) => Promise<T>) =>
  runInScope(db, scope, { ip: '127.0.0.1', userAgent: 'vitest' }, body);
