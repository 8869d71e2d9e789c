// The бланк (ГОСТ Р 7.0.97-2025) on a real database: the district office sets its reference
// data and emblem in its settings, the next order it issues prints them (captured at issue,
// frozen with the order), a forged or foreign upload is refused in Russian.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, organizations, users } from '@/db/schema';
import { nameParts, prefill } from '@/lib/domain/district/order-prefill';
import { districtOrderForm } from '@/lib/domain/validations/district';
import { emblemSchema, legalBasisRows, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { todayIso } from '@/lib/server/clock';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { createDistrictOrder } from '@/lib/server/district/save-order';
import { updateEmblem } from '@/lib/server/organizations/update-emblem';
import { updateSettings } from '@/lib/server/organizations/update-settings';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const today = todayIso();
const png = readFileSync(path.join(process.cwd(), 'tests/fixtures/images/emblem.png'));

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  // The heads on the order's acknowledgement sheet need names a document can print.
  await t.db.update(users).set({ fullName: 'Иванова Мария Петровна' }).where(eq(users.id, tree.scopes.head1a.userId));
  await t.db.update(users).set({ fullName: 'Лабуренко Татьяна Михайловна' }).where(eq(users.id, tree.scopes.head1b.userId));
});
afterAll(() => t.close());

const orgRow = async (id: string) => (await t.db.select().from(organizations).where(eq(organizations.id, id)))[0]!;

async function saveLetterhead(scope: Tree['scopes'][keyof Tree['scopes']], organizationId: string, letterhead: Record<string, string>) {
  const org = await orgRow(organizationId);
  const input = organizationSettingsSchema.parse({
    organizationId,
    fullName: org.fullName,
    shortName: org.shortName,
    city: org.city,
    headPosition: org.headPosition,
    headLastName: org.headLastName,
    headFirstName: org.headFirstName,
    headMiddleName: org.headMiddleName ?? '',
    headGender: 'auto',
    orderSuffix: org.orderSuffix,
    personnelOrderSuffix: org.personnelOrderSuffix,
    payBasis: org.payBasis,
    maxMenteesPerMentor: String(org.maxMenteesPerMentor),
    legalBases: legalBasisRows(org.legalBases),
    ...letterhead,
  });
  return asUser(t.db, scope, (ctx) => updateSettings(ctx, input));
}

function upload(scope: Tree['scopes'][keyof Tree['scopes']], organizationId: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.set('organizationId', organizationId);
  form.set('emblem', new File([new Uint8Array(bytes)], name, { type }));
  return asUser(t.db, scope, (ctx) => updateEmblem(ctx, emblemSchema.parse(Object.fromEntries(form))));
}

const draftOrder = () =>
  asUser(t.db, tree.scopes.district1, (ctx) =>
    createDistrictOrder(
      ctx,
      districtOrderForm.parse(prefill('regulation', { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today })),
    ),
  );

describe('the letterhead of the district office', () => {
  it('is saved in the settings and printed by the next order issued, emblem included', async () => {
    // The draft is saved before the settings change: the order takes the бланк as it is at issue.
    const { id } = await draftOrder();
    await saveLetterhead(tree.scopes.district1, tree.orgs.d1.id, {
      address: 'ул. Советская, д. 15, г. Бийск, Алтайский край, 659300',
      phone: '8 (3854) 32-10-01',
      email: 'uo@biysk.example',
      ogrn: '1027700132195',
      inn: '7707083893',
    });
    expect(await upload(tree.scopes.district1, tree.orgs.d1.id, png, 'герб.png', 'image/png')).toEqual({ id: tree.orgs.d1.id, emblem: true });
    const org = await orgRow(tree.orgs.d1.id);
    expect(org).toMatchObject({ ogrn: '1027700132195', inn: '7707083893', email: 'uo@biysk.example', emblemFormat: 'png' });
    expect(Buffer.compare(org.emblem!, png)).toBe(0);

    await asUser(t.db, tree.scopes.district1, (ctx) => issueDistrictOrder(ctx, { documentId: id, issueDate: today }));
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = (await pdfText(doc!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('ул. Советская, д. 15, г. Бийск, Алтайский край, 659300');
    expect(text).toContain('тел. 8 (3854) 32-10-01, e-mail: uo@biysk.example');
    expect(text).toContain('ОГРН 1027700132195, ИНН 7707083893');
    expect(doc!.pdf!.toString('latin1')).toContain('/Subtype /Image');
    const zip = await JSZip.loadAsync(doc!.docx!);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.compare(await zip.file(media[0]!)!.async('nodebuffer'), png)).toBe(0);
    // The snapshot carries the бланк itself, so the issued order never changes with the settings.
    const snapshot = doc!.data as { org: { letterhead: { inn: string; emblem: { format: string; data: string } } } };
    expect(snapshot.org.letterhead.inn).toBe('7707083893');
    expect(snapshot.org.letterhead.emblem).toEqual({ format: 'png', data: png.toString('base64') });

    await saveLetterhead(tree.scopes.district1, tree.orgs.d1.id, { address: 'ул. Новая, д. 2', inn: '', ogrn: '' });
    await asUser(t.db, tree.scopes.district1, (ctx) => updateEmblem(ctx, emblemSchema.parse({ organizationId: tree.orgs.d1.id, remove: 'true' })));
    const [after] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(Buffer.compare(after!.pdf!, doc!.pdf!)).toBe(0);
    expect(after!.data).toEqual(doc!.data);
    expect(await orgRow(tree.orgs.d1.id)).toMatchObject({ emblem: null, emblemFormat: null, inn: '', address: 'ул. Новая, д. 2' });
  });

  it('refuses a text file named .png in Russian and keeps the emblem it had', async () => {
    await upload(tree.scopes.curator1a, tree.orgs.s1a.id, png, 'emblem.png', 'image/png');
    await expect(upload(tree.scopes.curator1a, tree.orgs.s1a.id, Buffer.from('<?php echo 1; ?>'), 'emblem.png', 'image/png')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/PNG или JPEG/),
    });
    expect(Buffer.compare((await orgRow(tree.orgs.s1a.id)).emblem!, png)).toBe(0);
  });

  it('refuses a wrong ИНН in the settings form in Russian', () => {
    const result = organizationSettingsSchema.shape.inn.safeParse('7707083894');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('ИНН введён с ошибкой: не сходится контрольная цифра.');
  });

  it('treats another district’s organization as not found', async () => {
    await expect(upload(tree.scopes.district1, tree.orgs.d2.id, png, 'emblem.png', 'image/png')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await orgRow(tree.orgs.d2.id)).emblem).toBeNull();
  });
});
