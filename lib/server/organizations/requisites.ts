// What an organization's documents take from the database: the organization's
// requisites, staff members as documents name them, the Положение the documents cite
// (approved by the latest issued introduction order) and the curator.
import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { documents, type Organization, organizations, people, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import type { PersonRow } from '@/lib/domain/mentoring/staff';
import type { Letterhead, OrgRequisites } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import { schoolIntroOrder } from '@/templates/school-intro-order';

type Reader = Db | Tx;

/** The бланк as documents carry it, the emblem's bytes included; null when the organization set none. */
export function letterheadOf(org: Organization): Letterhead | null {
  const text = (s: string) => s || null;
  const letterhead: Letterhead = {
    address: text(org.address),
    phone: text(org.phone),
    email: text(org.email),
    ogrn: text(org.ogrn),
    inn: text(org.inn),
    emblem: org.emblem && org.emblemFormat ? { format: org.emblemFormat === 'jpeg' ? 'jpeg' : 'png', data: org.emblem.toString('base64') } : null,
  };
  return Object.values(letterhead).some((v) => v !== null) ? letterhead : null;
}

export function orgRequisitesOf(org: Organization): OrgRequisites {
  const letterhead = letterheadOf(org);
  return {
    fullName: org.fullName,
    shortName: org.shortName,
    city: org.city,
    headPosition: org.headPosition,
    head: { lastName: org.headLastName, firstName: org.headFirstName, middleName: org.headMiddleName, gender: org.headGender },
    orderSuffix: org.orderSuffix,
    ...(letterhead ? { letterhead } : {}),
  };
}

/** Documents print these requisites; a blank one would only fail later, at issue. */
export function requireOrgRequisites(org: Organization): OrgRequisites {
  if (!org.fullName || !org.shortName || !org.city || !org.headPosition || !org.headLastName || !org.headFirstName) {
    throw new AppError('VALIDATION', 'Заполните сведения об организации: полное и краткое наименование, город, должность и Ф.И.О. руководителя — они печатаются в документах.');
  }
  return orgRequisitesOf(org);
}

/** The order that approved the Положение: the latest issued introduction order, or null. */
export async function regulationRef(db: Reader, organizationId: string): Promise<ActRef | null> {
  const [intro] = await db
    .select({ date: documents.issueDate, number: documents.number })
    .from(documents)
    .where(and(eq(documents.organizationId, organizationId), eq(documents.template, schoolIntroOrder.name), inArray(documents.status, ['issued', 'amended'])))
    .orderBy(desc(documents.issueDate), desc(documents.sequence))
    .limit(1);
  return intro ? { date: intro.date, number: intro.number } : null;
}

/** Blanks to fill in by hand where the Положение is not approved yet (a consent form may be printed before). */
export const BLANK_ACT: ActRef = { date: null, number: null };

/** The curator named in the orders: the signed-in curator, else the school's first active curator with a staff record. */
export async function curatorOf(db: Reader, organizationId: string, actor: { role: string; personId: string | null }): Promise<PersonRow | null> {
  const personId =
    actor.role === 'curator' && actor.personId
      ? actor.personId
      : (
          await db
            .select({ personId: users.personId })
            .from(users)
            .where(and(eq(users.organizationId, organizationId), eq(users.role, 'curator'), eq(users.isActive, true), isNotNull(users.personId)))
            .orderBy(asc(users.createdAt))
            .limit(1)
        )[0]?.personId;
  if (!personId) return null;
  const [person] = await db.select().from(people).where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  return person ?? null;
}

export async function loadOrganization(db: Reader, id: string): Promise<Organization> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!org) throw new Error(`organization ${id} vanished`);
  return org;
}
