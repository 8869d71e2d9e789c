// Organization setup (/school/settings): requisites, the head, the order suffix, the mentor
// load limit and legal bases with higher orders entered by their requisites.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations } from '@/db/schema';
import { legalBasisRows, type OrganizationSettingsInput, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { updateSettings } from '@/lib/server/organizations/update-settings';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const regional = {
  kind: 'act' as const,
  title: '',
  issuer: 'приказом Министерства образования и науки Алтайского края',
  date: '2022-03-24',
  number: '404',
  name: 'Об утверждении положения о системе наставничества',
};

const input = (organizationId: string, over: Partial<OrganizationSettingsInput> = {}): OrganizationSettingsInput => ({
  organizationId,
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
  shortName: 'МБОУ «СОШ № 1»',
  city: 'Бийск',
  headPosition: 'Директор',
  headLastName: 'Киреева',
  headFirstName: 'Ольга',
  headMiddleName: 'Алексеевна',
  headGender: 'auto',
  orderSuffix: '-од',
  personnelOrderSuffix: '-к',
  payBasis: 'пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 1»',
  maxMenteesPerMentor: '2',
  legalBases: [...legalBasisRows([]), regional],
  ...over,
});

const save = (scope: Tree['scopes'][keyof Tree['scopes']], raw: OrganizationSettingsInput) =>
  asUser(t.db, scope, (ctx) => updateSettings(ctx, organizationSettingsSchema.parse(raw)));

const orgRow = async (id: string) => (await t.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;

describe('saving the settings', () => {
  it('stores the requisites, the limit and the legal bases with the regional order worded', async () => {
    await save(tree.scopes.curator1a, input(tree.orgs.s1a.id));
    const org = await orgRow(tree.orgs.s1a.id);
    expect(org).toMatchObject({ city: 'Бийск', orderSuffix: '-од', personnelOrderSuffix: '-к', payBasis: 'пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 1»', maxMenteesPerMentor: 2, headGender: null, headMiddleName: 'Алексеевна' });
    expect(org.legalBases.map((b) => b.title)).toEqual([
      ...FEDERAL_LEGAL_BASES.map((b) => b.title),
      'приказом Министерства образования и науки Алтайского края от 24.03.2022 № 404 «Об утверждении положения о системе наставничества»',
    ]);
    // The form gets the act back field by field.
    expect(legalBasisRows(org.legalBases).at(-1)).toMatchObject({ kind: 'act', date: '2022-03-24', number: '404' });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'organization.settings'), eq(auditLog.entityId, tree.orgs.s1a.id)));
    expect(audit).toBeDefined();
  });

  it('prefills a school without bases with the federal defaults', () => {
    expect(legalBasisRows([]).map((r) => r.title)).toEqual(FEDERAL_LEGAL_BASES.map((b) => b.title));
  });

  it('a second identical submit changes nothing more', async () => {
    await save(tree.scopes.curator1a, input(tree.orgs.s1a.id));
    expect((await orgRow(tree.orgs.s1a.id)).legalBases).toHaveLength(FEDERAL_LEGAL_BASES.length + 1);
  });

  it('lets the district coordinator edit its school', async () => {
    await save(tree.scopes.district1, input(tree.orgs.s1b.id, { shortName: 'МБОУ «СОШ № 2»', legalBases: [] }));
    expect((await orgRow(tree.orgs.s1b.id)).shortName).toBe('МБОУ «СОШ № 2»');
  });

  it('refuses another school and another district as not found, writing nothing', async () => {
    const before = await orgRow(tree.orgs.s1a.id);
    await expect(save(tree.scopes.head1b, input(tree.orgs.s1a.id, { shortName: 'Чужая' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(save(tree.scopes.district2, input(tree.orgs.s1a.id, { shortName: 'Чужая' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(save(tree.scopes.head2, input(tree.orgs.d2.id, { shortName: 'Чужая' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await orgRow(tree.orgs.s1a.id)).shortName).toBe(before.shortName);
  });
});

describe('bad input gets a Russian message next to the field', () => {
  const errors = (raw: OrganizationSettingsInput) => {
    const r = organizationSettingsSchema.safeParse(raw);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('a 10,000-character name, a bad suffix and a zero limit', () => {
    const e = errors(input(tree.orgs.s1a.id, { fullName: 'а'.repeat(10_000), orderSuffix: 'од №', maxMenteesPerMentor: '0' }));
    expect(e.fullName).toBe('Поле «Полное наименование» длиннее 500 символов.');
    expect(e.orderSuffix).toMatch(/^Суффикс номера/);
    expect(e.maxMenteesPerMentor).toBe('Не меньше 1 наставляемого.');
  });

  it('an act without its date or number, a name with digits', () => {
    const e = errors(input(tree.orgs.s1a.id, { headLastName: 'Киреева2', legalBases: [{ ...regional, date: '2022-02-30', number: ' ' }] }));
    expect(e['legalBases.0.date']).toBe('В поле «Дата» такой даты нет в календаре.');
    expect(e['legalBases.0.number']).toBe('Укажите номер.');
    expect(e.headLastName).toMatch(/только буквы/);
  });

  it('keeps «<&>» as typed in a title', async () => {
    await save(tree.scopes.curator1a, input(tree.orgs.s1a.id, { legalBases: [{ ...regional, name: 'О мерах <&> «Наставник»' }] }));
    expect((await orgRow(tree.orgs.s1a.id)).legalBases[0]!.title).toMatch(/№ 404 «О мерах <&> „Наставник“»$/);
  });
});
