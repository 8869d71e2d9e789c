// Issue 14: the legal references the personal-data consents cite (ст. 9, 10.1, 21 152-ФЗ) are the
// school's data beside its other personal-data terms, the current wording by default. A changed
// reference is printed in the next consent; a consent already issued keeps the wording frozen in
// its snapshot, and re-rendering that snapshot gives it back unchanged.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, organizations, people } from '@/db/schema';
import { consentForm, type FormPair } from '@/lib/domain/mentoring/consent-forms';
import { DEFAULT_PERSONAL_DATA_CITATIONS } from '@/lib/domain/people/personal-data-terms';
import { personalDataSettingsSchema } from '@/lib/domain/validations/personal-data-settings';
import { distributionConsentPdf } from '@/lib/server/consents/distribution-consent';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { renderFrozen } from '@/lib/server/documents/render-frozen';
import { personalDataTermsOf } from '@/lib/server/organizations/personal-data-terms';
import { BLANK_ACT, requireOrgRequisites } from '@/lib/server/organizations/requisites';
import { updatePersonalDataSettings } from '@/lib/server/organizations/update-personal-data-settings';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, mentee, mentor, TODAY } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let pair: FormPair;
const head = () => tree.scopes.head1a;
const AMENDED = 'в соответствии со статьей 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» (в редакции Федерального закона от 24.06.2025 № 156-ФЗ)';
const DISTRIBUTION = 'в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» (в редакции от 24.06.2025)';

/** Issues the mentor's personal-data consent into the register as the school's settings word it now. */
async function issueConsent(): Promise<string> {
  return asUser(t.db, head(), async (ctx) => {
    const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, tree.orgs.s1a.id));
    const forms = { org: requireOrgRequisites(org!), regulation: BLANK_ACT, personalData: await personalDataTermsOf(ctx.tx, org!) };
    const doc = consentForm(forms, pair, pair.mentor.id, 'personal_data');
    const { id } = await createDraft(ctx, { template: doc.template, title: 'Согласие на обработку персональных данных', data: doc.data });
    await issueDocument(ctx, { documentId: id, issueDate: TODAY });
    return id;
  });
}
const issuedDocx = async (id: string) => {
  const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
  return { text: (await docxText(doc!.docx!)).replace(/\s+/g, ' '), data: doc!.data };
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  await t.db.update(organizations).set({ headLastName: 'Киреева', headFirstName: 'Ольга', headMiddleName: 'Алексеевна', headPosition: 'Директор' }).where(eq(organizations.id, s));
  const m = await mentor(t.db, s, { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна', position: 'учитель математики' });
  const a = await mentee(t.db, s, { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', position: 'учитель математики' });
  const [mRow] = await t.db.select().from(people).where(eq(people.id, m));
  const [aRow] = await t.db.select().from(people).where(eq(people.id, a));
  pair = { mentor: mRow!, mentees: [aRow!], form: 'педагог – педагог', start: '2026-10-01', end: '2027-05-31', paymentSize: null };
});
afterAll(() => t.close());

describe('the legal references of the personal-data consents', () => {
  let first: string;

  it('default to the current wording of ст. 9, 10.1 and 21 152-ФЗ', async () => {
    first = await issueConsent();
    const { text } = await issuedDocx(first);
    expect(text).toContain(`${DEFAULT_PERSONAL_DATA_CITATIONS.consentBasis} свободно, своей волей`);
    expect(text).toContain('уничтожает их в сроки, установленные статьей 21 Федерального закона «О персональных данных», если иное');
    expect(text).toContain('не является согласием на распространение персональных данных (статья 10.1 Федерального закона «О персональных данных»)');
    expect(text).not.toContain('156-ФЗ');
  });

  it('are edited with the school’s personal-data terms and printed in the next consent, not in the issued one', async () => {
    const input = personalDataSettingsSchema.parse({
      organizationId: tree.orgs.s1a.id,
      operatorAddress: 'г. Бийск, ул. Ленина, д. 1',
      processorName: '',
      processorAddress: '',
      recipients: '',
      term: '5 лет после окончания участия',
      citations: { ...DEFAULT_PERSONAL_DATA_CITATIONS, consentBasis: AMENDED, distributionBasis: DISTRIBUTION },
    });
    await asUser(t.db, head(), (ctx) => updatePersonalDataSettings(ctx, input));

    const next = await issuedDocx(await issueConsent());
    expect(next.text).toContain(`${AMENDED} свободно, своей волей`);

    const old = await issuedDocx(first);
    expect(old.text).not.toContain('156-ФЗ');
    expect(old.text).toContain(`${DEFAULT_PERSONAL_DATA_CITATIONS.consentBasis} свободно`);
    // The snapshot itself carries the old wording: rendering it again does not pick up the new one.
    expect((old.data as { citations: { consentBasis: string } }).citations.consentBasis).toBe(DEFAULT_PERSONAL_DATA_CITATIONS.consentBasis);
    const again = (await docxText((await renderFrozen('consent-personal-data', old.data)).docx)).replace(/\s+/g, ' ');
    expect(again).not.toContain('156-ФЗ');

    const distribution = (await pdfText((await distributionConsentPdf(t.db, head(), pair.mentor.id)).bytes)).replace(/\s+/g, ' ');
    expect(distribution).toContain(`${DISTRIBUTION} даю согласие оператору`);
  });

  it('a save without them keeps the ones saved', async () => {
    const input = personalDataSettingsSchema.parse({
      organizationId: tree.orgs.s1a.id,
      operatorAddress: 'г. Бийск, ул. Ленина, д. 2',
      processorName: '',
      processorAddress: '',
      recipients: '',
      term: '5 лет после окончания участия',
    });
    await asUser(t.db, head(), (ctx) => updatePersonalDataSettings(ctx, input));
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, tree.orgs.s1a.id));
    expect(org!.personalDataTerms?.citations?.consentBasis).toBe(AMENDED);
  });

  it('refuses an empty reference in Russian', () => {
    const parsed = personalDataSettingsSchema.safeParse({
      organizationId: tree.orgs.s1a.id,
      operatorAddress: 'г. Бийск',
      recipients: '',
      term: '5 лет',
      citations: { ...DEFAULT_PERSONAL_DATA_CITATIONS, withdrawalTerms: ' ' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/Сроки уничтожения после отзыва/);
  });
});
