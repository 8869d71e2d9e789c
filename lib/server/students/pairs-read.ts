// The student pairs as the pages, the gate and the orders see them: each pair with its form,
// mentor and mentees, every member's consents and what is still missing. Every query is
// filtered by the caller's scope; a teacher sees only the pairs they mentor.
import 'server-only';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import {
  documents,
  externalMentors,
  guardians,
  people,
  pupils,
  type StudentConsent,
  studentConsents,
  studentFormVariants,
  studentForms,
  studentMentors,
  type StudentPair,
  studentPairMentees,
  studentPairs,
  studentSettings,
} from '@/db/schema';
import { detectGender, type PersonName } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { classLabel } from '@/lib/domain/students/age';
import { type MissingConsent, missingOfAll, type ParticipantState, type ParticipantSubject } from '@/lib/domain/students/consents';
import { STUDENT_MENTOR_KIND_LABELS, type StudentConsentKind, type StudentMentorKind } from '@/lib/domain/students/vocabulary';
import { inScope, type Scope } from '@/lib/server/auth/scope';

type Reader = Db | Tx;

export interface StudentSettingsView {
  cosignAge: number | null;
  publishesNames: boolean;
}

export async function studentSettingsOf(db: Reader, organizationId: string): Promise<StudentSettingsView> {
  const [row] = await db.select().from(studentSettings).where(eq(studentSettings.organizationId, organizationId));
  return row ? { cosignAge: row.cosignAge, publishesNames: row.publishesNames } : { cosignAge: 14, publishesNames: false };
}

interface NameRow {
  lastName: string;
  firstName: string;
  middleName: string | null;
  genderOverride: 'male' | 'female' | null;
  nameForms: PersonName['forms'];
  keepFatherName: boolean;
}

export const nameOf = (r: NameRow): PersonName => ({
  lastName: r.lastName,
  firstName: r.firstName,
  middleName: r.middleName,
  gender: r.genderOverride,
  ...(r.nameForms ? { forms: r.nameForms } : {}),
  ...(r.keepFatherName ? { keepFatherName: true } : {}),
});

const fullName = (r: { lastName: string; firstName: string; middleName: string | null }) => [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ');

export interface MemberView extends ParticipantState {
  role: 'mentor' | 'mentee';
  name: PersonName;
  fullName: string;
  /** For the orders: «обучающийся 10А класса», «педагог, учитель математики». */
  description: string;
  className: string | null;
  birthDate: string | null;
  records: Partial<Record<StudentConsentKind, StudentConsent>>;
  /** A pupil who left a group: the day. */
  leftOn: string | null;
}

export interface StudentPairView {
  pair: StudentPair;
  form: { id: string; name: string; mentorKinds: StudentMentorKind[] };
  variant: string | null;
  mentorKind: StudentMentorKind;
  mentor: MemberView;
  /** Mentees still in the pair. */
  mentees: MemberView[];
  /** Mentees who left the group early. */
  left: MemberView[];
  missing: MissingConsent[];
  complete: boolean;
}

export interface PairFilter {
  ids?: string[];
  statuses?: StudentPair['status'][];
  organizationId?: string;
}

export async function listStudentPairs(db: Reader, scope: Scope, filter: PairFilter = {}): Promise<StudentPairView[]> {
  const conds: (SQL | undefined)[] = [inScope(scope, studentPairs.organizationId)];
  if (filter.ids) conds.push(filter.ids.length ? inArray(studentPairs.id, filter.ids) : eq(studentPairs.id, '00000000-0000-0000-0000-000000000000'));
  if (filter.statuses) conds.push(inArray(studentPairs.status, filter.statuses));
  if (filter.organizationId) conds.push(eq(studentPairs.organizationId, filter.organizationId));
  if (!can(scope, 'students.manage')) {
    const own = scope.role === 'teacher' && scope.personId
      ? (await db.select({ id: studentMentors.id })
        .from(studentMentors)
        .where(and(eq(studentMentors.personId, scope.personId), eq(studentMentors.organizationId, scope.orgId)))).map((m) => m.id)
      : [];
    conds.push(own.length ? inArray(studentPairs.mentorId, own) : eq(studentPairs.id, '00000000-0000-0000-0000-000000000000'));
  }
  const pairs = await db.select().from(studentPairs).where(and(...conds)).orderBy(asc(studentPairs.createdAt));
  if (pairs.length === 0) return [];
  const pairIds = pairs.map((p) => p.id);
  const orgIds = [...new Set(pairs.map((p) => p.organizationId))];

  const [mentorRows, memberRows, forms, variants] = await Promise.all([
    db.select().from(studentMentors).where(inArray(studentMentors.id, [...new Set(pairs.map((p) => p.mentorId))])),
    db.select().from(studentPairMentees).where(inArray(studentPairMentees.pairId, pairIds)),
    db.select().from(studentForms).where(inArray(studentForms.id, [...new Set(pairs.map((p) => p.formId))])),
    db.select().from(studentFormVariants).where(inArray(studentFormVariants.organizationId, orgIds)),
  ]);
  const pupilIds = [...new Set([...memberRows.map((m) => m.pupilId), ...mentorRows.flatMap((m) => (m.pupilId ? [m.pupilId] : []))])];
  const personIds = mentorRows.flatMap((m) => (m.personId ? [m.personId] : []));
  const externalIds = mentorRows.flatMap((m) => (m.externalId ? [m.externalId] : []));
  const agreementIds = pairs.flatMap((p) => (p.agreementId ? [p.agreementId] : []));
  const [pupilRows, personRows, externalRows, consentRows, agreements] = await Promise.all([
    pupilIds.length ? db.select().from(pupils).where(inArray(pupils.id, pupilIds)) : [],
    personIds.length ? db.select().from(people).where(inArray(people.id, personIds)) : [],
    externalIds.length ? db.select().from(externalMentors).where(inArray(externalMentors.id, externalIds)) : [],
    db.select().from(studentConsents).where(inArray(studentConsents.organizationId, orgIds)),
    agreementIds.length
      ? db.select({ id: documents.id, status: documents.status, template: documents.template }).from(documents).where(inArray(documents.id, agreementIds))
      : [],
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const pupilById = byId(pupilRows);
  const personById = byId(personRows);
  const externalById = byId(externalRows);
  const formById = byId(forms);
  const variantById = byId(variants);
  const mentorById = byId(mentorRows);
  const agreementById = byId(agreements);
  const recordsOf = (subject: ParticipantSubject, id: string) => {
    const column = { pupil: 'pupilId', external: 'externalId', teacher: 'personId' } as const;
    const out: MemberView['records'] = {};
    for (const c of consentRows) if (c[column[subject]] === id) out[c.kind] = c;
    return out;
  };
  const member = (subject: ParticipantSubject, id: string, role: 'mentor' | 'mentee', extra: Partial<MemberView> = {}): MemberView => {
    const records = recordsOf(subject, id);
    const statuses = Object.fromEntries(Object.entries(records).map(([k, r]) => [k, r!.status])) as ParticipantState['consents'];
    let row: NameRow;
    let label: string;
    let description: string;
    let className: string | null = null;
    let birthDate: string | null = null;
    if (subject === 'pupil') {
      const p = pupilById.get(id)!;
      row = p;
      className = classLabel(p);
      birthDate = p.birthDate;
      label = `${p.lastName} ${p.firstName} (${className})`;
      description = `${detectGender(nameOf(p)) === 'female' ? 'обучающаяся' : 'обучающийся'} ${className} класса`;
    } else if (subject === 'teacher') {
      const p = personById.get(id)!;
      row = p;
      label = `${fullName(p)} (педагог)`;
      description = `педагог${p.position ? `, ${p.position}` : ''}`;
    } else {
      const e = externalById.get(id)!;
      row = e;
      label = `${fullName(e)} (${STUDENT_MENTOR_KIND_LABELS[e.kind]})`;
      description = [STUDENT_MENTOR_KIND_LABELS[e.kind], e.employer, e.position].filter(Boolean).join(', ');
    }
    const names = { name: nameOf(row), fullName: fullName(row) };
    return { subject, id, role, label, consents: statuses, records, ...names, description, className, birthDate, leftOn: null, ...extra };
  };

  return Promise.all(
    pairs.map(async (pair) => {
      const settings = await studentSettingsOf(db, pair.organizationId);
      const m = mentorById.get(pair.mentorId)!;
      const agreement = pair.agreementId ? agreementById.get(pair.agreementId) : undefined;
      const mentor =
        m.kind === 'pupil'
          ? member('pupil', m.pupilId!, 'mentor')
          : m.kind === 'teacher'
            ? member('teacher', m.personId!, 'mentor', {
                staffPersonalData: personById.get(m.personId!)!.personalDataConsent,
                agreementSigned: agreement?.status === 'issued' && agreement.template === 'additional-agreement',
              })
            : member('external', m.externalId!, 'mentor');
      const rows = memberRows.filter((r) => r.pairId === pair.id);
      const mentees = rows.filter((r) => !r.leftOn).map((r) => member('pupil', r.pupilId, 'mentee'));
      const left = rows.filter((r) => r.leftOn).map((r) => member('pupil', r.pupilId, 'mentee', { leftOn: r.leftOn }));
      const missing = missingOfAll([mentor, ...mentees], settings);
      const form = formById.get(pair.formId)!;
      return {
        pair,
        form: { id: form.id, name: form.name, mentorKinds: form.mentorKinds },
        variant: pair.variantId ? (variantById.get(pair.variantId)?.name ?? null) : null,
        mentorKind: m.kind,
        mentor,
        mentees,
        left,
        missing,
        complete: missing.length === 0,
      };
    }),
  );
}

export async function loadStudentPair(db: Reader, scope: Scope, pairId: string): Promise<StudentPairView | null> {
  const [view] = await listStudentPairs(db, scope, { ids: [pairId] });
  return view ?? null;
}

/** The guardians of the pupils of a pair, for the signer's choice. */
export async function guardiansOf(db: Reader, scope: Scope, pupilIds: string[]) {
  if (pupilIds.length === 0) return [];
  return db
    .select()
    .from(guardians)
    .where(and(inArray(guardians.pupilId, pupilIds), inScope(scope, guardians.organizationId)))
    .orderBy(asc(guardians.lastName));
}


/** Issued additional agreements of the caller's school: a teacher mentor's ст. 351.8 agreement is chosen from them. */
export async function issuedAgreements(db: Reader, scope: Scope) {
  return db
    .select({ id: documents.id, title: documents.title, number: documents.number, issueDate: documents.issueDate })
    .from(documents)
    .where(and(eq(documents.organizationId, scope.orgId), eq(documents.template, 'additional-agreement'), eq(documents.status, 'issued')))
    .orderBy(asc(documents.issueDate));
}
