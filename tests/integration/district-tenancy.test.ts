// The district's views of its schools — the progress board, the municipal base of mentors
// and curators and its XLSX export — computed from real data, and confined to the district:
// another district's schools, documents and mentors never appear, forged ids find nothing.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorProfiles, menteeProfiles } from '@/db/schema';
import { applyProgressQuery, parseProgressQuery } from '@/lib/domain/district/progress-query';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { curatorsOf, mentorsOf } from '@/lib/server/district/mentors';
import { writeMunicipalBaseXlsx } from '@/lib/server/district/mentors-xlsx';
import { loadProgressBoard } from '@/lib/server/district/progress';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import roadmap from '@/templates/school-roadmap/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const NOT_FOUND = { code: 'NOT_FOUND' };

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await t.db.insert(mentorProfiles).values([
    { personId: tree.people.s1a[0]!, organizationId: tree.orgs.s1a.id, competences: ['=HYPERLINK("http://evil")', 'формирующее оценивание'], capacity: 2 },
    { personId: tree.people.s2[0]!, organizationId: tree.orgs.s2.id, competences: ['проектная деятельность'], capacity: 3 },
  ]);
  await t.db.insert(menteeProfiles).values({ personId: tree.people.s1a[1]!, organizationId: tree.orgs.s1a.id, category: 'young_specialist' });
  const { id } = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
    createDraft(ctx, {
      template: 'school-intro-order',
      title: 'О внедрении системы наставничества',
      data: { ...introOrder, date: null, number: null },
      annexes: [
        { template: 'school-regulation', title: 'Положение', data: regulation },
        { template: 'school-roadmap', title: 'Дорожная карта', data: roadmap },
      ],
    }),
  );
  await asUser(t.db, tree.scopes.curator1a, (ctx) => issueDocument(ctx, { documentId: id, issueDate: todayIso() }));
});
afterAll(() => t.close());

const board = async (scope: Scope, q: Record<string, string> = {}) => applyProgressQuery((await loadProgressBoard(t.db, scope)).rows, parseProgressQuery(q));

describe('the progress board', () => {
  it('shows every school of the district against the nine steps, from the schools’ data', async () => {
    const rows = await board(tree.scopes.district1);
    expect(rows.map((r) => r.shortName)).toEqual(['Школа 1А', 'Школа 1Б']);
    const [a, b] = rows;
    expect(a!.states).toHaveLength(9);
    // 1А: names and a curator → done; the introduction order issued → done; banks started.
    expect(a!.states.slice(0, 3)).toEqual(['done', 'done', 'progress']);
    // 1Б: names but no curator; nothing else.
    expect(b!.states.slice(0, 3)).toEqual(['progress', 'todo', 'todo']);
    expect(a!.done).toBeGreaterThan(b!.done);
  });

  it('filters by a step state and sorts by a column', async () => {
    expect((await board(tree.scopes.district1, { step: '2', state: 'done' })).map((r) => r.shortName)).toEqual(['Школа 1А']);
    expect((await board(tree.scopes.district1, { sort: 'done', dir: 'desc' })).map((r) => r.shortName)).toEqual(['Школа 1А', 'Школа 1Б']);
    expect((await board(tree.scopes.district1, { q: '1б' })).map((r) => r.shortName)).toEqual(['Школа 1Б']);
  });

  it('a district never sees another district’s schools; the region sees all', async () => {
    expect((await board(tree.scopes.district2)).map((r) => r.shortName)).toEqual(['Школа 2']);
    expect((await board(tree.scopes.region)).map((r) => r.shortName)).toEqual(['Школа 1А', 'Школа 1Б', 'Школа 2']);
  });

  it('the drill-down to a school’s documents is scoped', async () => {
    expect((await listDocuments(t.db, tree.scopes.district1, tree.orgs.s1a.id)).map((d) => d.title)).toEqual([expect.stringMatching(/^О внедрении/)]);
    await expect(listDocuments(t.db, tree.scopes.district2, tree.orgs.s1a.id)).rejects.toMatchObject(NOT_FOUND);
    for (const forged of ['not-a-uuid', crypto.randomUUID(), tree.orgs.d1.id]) {
      await expect(listDocuments(t.db, tree.scopes.district2, forged)).rejects.toMatchObject(NOT_FOUND);
    }
  });
});

describe('the municipal base of mentors and curators', () => {
  it('lists the district’s mentors with their load and limit, and its curators', async () => {
    const mentors = await mentorsOf(t.db, tree.scopes.district1, { q: '' });
    expect(mentors.map((m) => [m.school, m.fullName, m.load, m.limit])).toEqual([['Школа 1А', 'Петров-1а Иван Сергеевич', 0, 2]]);
    expect((await curatorsOf(t.db, tree.scopes.district1, { q: '' })).map((c) => c.email)).toEqual(['curator1a@test.ru']);
  });

  it('searches by name, school or competence, case- and ё-insensitively, with LIKE wildcards taken literally', async () => {
    expect(await mentorsOf(t.db, tree.scopes.district1, { q: 'ОЦЕНИВАНИЕ' })).toHaveLength(1);
    expect(await mentorsOf(t.db, tree.scopes.district1, { q: 'петров-1а' })).toHaveLength(1);
    expect(await mentorsOf(t.db, tree.scopes.district1, { q: '%' })).toHaveLength(0);
    expect(await mentorsOf(t.db, tree.scopes.district1, { q: 'проектная' })).toHaveLength(0); // 2's mentor
    expect(await curatorsOf(t.db, tree.scopes.district1, { q: 'школа 1а' })).toHaveLength(1);
  });

  it('a district never sees another district’s mentors, not even by naming its school', async () => {
    expect((await mentorsOf(t.db, tree.scopes.district2, { q: '' })).map((m) => m.school)).toEqual(['Школа 2']);
    expect(await mentorsOf(t.db, tree.scopes.district1, { q: '', schoolIds: [tree.orgs.s2.id] })).toEqual([]);
    expect(await curatorsOf(t.db, tree.scopes.district2, { q: '' })).toEqual([]);
  });

  it('exports the base to XLSX, formula-looking values as text', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeMunicipalBaseXlsx(t.db, tree.scopes.district1, '', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const mentors = wb.getWorksheet('Наставники')!;
    expect(mentors.getRow(1).getCell(3).text).toBe('Ф.И.О.');
    expect(mentors.getRow(2).getCell(3).text).toBe('Петров-1а Иван Сергеевич');
    const competences = mentors.getRow(2).getCell(6);
    expect(competences.type).toBe(ExcelJS.ValueType.String);
    expect(competences.text).toBe('=HYPERLINK("http://evil"); формирующее оценивание');
    expect(mentors.rowCount).toBe(2);
    const curators = wb.getWorksheet('Кураторы')!;
    expect(curators.getRow(2).getCell(5).text).toBe('curator1a@test.ru');
    expect(curators.rowCount).toBe(2);
  });
});
