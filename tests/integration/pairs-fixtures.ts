// Fixtures of the pairs and consents tests: banks of mentors and mentees in the test tree's
// schools (names the templates accept), the issued introduction order the pair order cites,
// and shortcuts for the operations under test.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { consents, menteeProfiles, mentorProfiles, organizations, people } from '@/db/schema';
import { createPairSchema } from '@/lib/domain/validations/pairs';
import type { Scope } from '@/lib/server/auth/scope';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createPair } from '@/lib/server/pairs/create-pair';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import roadmap from '@/templates/school-roadmap/example.json';
import { asUser, type Tree } from '../support/tree';

export const TODAY = new Date().toLocaleDateString('sv-SE');

interface Named {
  lastName: string;
  firstName: string;
  middleName: string;
  position: string;
  subjects?: string[];
}

async function person(db: Db, organizationId: string, p: Named): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({ organizationId, ...p, subjects: p.subjects ?? [] })
    .returning({ id: people.id });
  return row!.id;
}

export async function mentor(db: Db, organizationId: string, p: Named, opts: { capacity?: number; competences?: string[] } = {}) {
  const id = await person(db, organizationId, p);
  await db.insert(mentorProfiles).values({ personId: id, organizationId, capacity: opts.capacity ?? 3, competences: opts.competences ?? [] });
  return id;
}

export async function mentee(db: Db, organizationId: string, p: Named, deficits: string[] = []) {
  const id = await person(db, organizationId, p);
  await db.insert(menteeProfiles).values({ personId: id, organizationId, category: 'young_specialist', deficits });
  return id;
}

/** Gives the tree's schools the requisites the documents print. */
export async function completeOrgs(db: Db, tree: Tree) {
  for (const s of [tree.orgs.s1a, tree.orgs.s1b, tree.orgs.s2]) {
    await db
      .update(organizations)
      .set({ city: 'Бийск', orderSuffix: '-од', legalBases: [{ title: 'статьей 351.8 Трудового кодекса Российской Федерации' }] })
      .where(eq(organizations.id, s.id));
  }
}

export async function issueIntroOrder(db: Db, scope: Scope, issueDate = '2026-09-01') {
  return asUser(db, scope, async (ctx) => {
    const { id } = await createDraft(ctx, {
      template: 'school-intro-order',
      title: 'О внедрении системы наставничества',
      data: { ...introOrder, date: null, number: null },
      annexes: [
        { template: 'school-regulation', title: 'Положение о системе наставничества', data: regulation },
        { template: 'school-roadmap', title: 'Дорожная карта', data: roadmap },
      ],
    });
    return issueDocument(ctx, { documentId: id, issueDate });
  });
}

export const pairInput = (mentorId: string, menteeIds: string[], over: Partial<Record<'start' | 'end' | 'form' | 'kind' | 'paymentSize', string>> = {}) =>
  createPairSchema.parse({
    mentorId,
    menteeIds,
    form: 'педагог – педагог',
    kind: 'индивидуальное',
    start: '2026-10-01',
    end: '2027-05-31',
    paymentSize: '3000 рублей в месяц',
    ...over,
  });

export const formPair = (db: Db, scope: Scope, mentorId: string, menteeIds: string[]) =>
  asUser(db, scope, (ctx) => createPair(ctx, pairInput(mentorId, menteeIds)));

/** Marks every consent of the pair (and its people's personal-data consents) received. */
export async function receiveAll(db: Db, scope: Scope, pairId: string, date = '2026-09-20') {
  const rows = await db.select().from(consents);
  const pairPeople = new Set(rows.filter((r) => r.pairId === pairId).map((r) => r.personId));
  for (const r of rows) {
    const ours = r.pairId === pairId || (r.pairId === null && pairPeople.has(r.personId));
    if (!ours || r.status === 'received') continue;
    await asUser(db, scope, (ctx) =>
      recordConsent(ctx, { status: 'received', consentId: r.id, date, number: r.kind === 'additional_agreement' ? '12' : null, scan: null }),
    );
  }
}
