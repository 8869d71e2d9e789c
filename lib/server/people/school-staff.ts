// The caller's school as the owner of a staff list: locked while its list changes, so two
// submissions (a double click, two curators) cannot both pass the duplicate check, and its
// staff as the duplicate check sees them.
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Organization, organizations, type Person, people } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { nameFormsOf, type PersonInput } from '@/lib/domain/validations/person';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

export async function ownSchool(db: Db | Tx, scope: Scope): Promise<Organization> {
  const org = await requireOrgInScope(db, scope, scope.orgId);
  if (org.kind !== 'school') throw new AppError('VALIDATION', 'Список сотрудников ведёт образовательная организация.');
  return org;
}

export async function lockOwnSchool(ctx: OpContext): Promise<Organization> {
  const org = await ownSchool(ctx.tx, ctx.scope);
  await ctx.tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, org.id)).for('update');
  return org;
}

export function knownStaff(tx: Tx, organizationId: string, exceptId?: string) {
  return tx
    .select({ id: people.id, lastName: people.lastName, firstName: people.firstName, middleName: people.middleName, birthDate: people.birthDate })
    .from(people)
    .where(exceptId ? and(eq(people.organizationId, organizationId), ne(people.id, exceptId)) : eq(people.organizationId, organizationId));
}

/**
 * The columns of a staff record from the form (or an imported row). Birth date and the start
 * of pedagogical work come from the employment record, so they do not depend on the consent.
 */
export function personColumns(p: PersonInput) {
  const consent = p.personalDataConsent;
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    genderOverride: p.gender,
    nameForms: nameFormsOf(p),
    keepFatherName: p.keepFatherName,
    position: p.position,
    subjects: p.subjects,
    email: p.email,
    personalDataConsent: consent,
    personalDataConsentDate: consent ? p.personalDataConsentDate : null,
    birthDate: p.birthDate,
    pedagogicalStart: p.pedagogicalStart,
  } satisfies Partial<Person>;
}

/**
 * What the audit log keeps of a staff record: no birth date or experience, so erasing a
 * person's personal data on request leaves no copy behind in the log.
 */
export function auditView(p: Pick<Person, 'lastName' | 'firstName' | 'middleName' | 'position' | 'personalDataConsent'>) {
  return { lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, position: p.position, personalDataConsent: p.personalDataConsent };
}
