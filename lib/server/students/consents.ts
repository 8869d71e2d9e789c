// The consents of the student model: recorded per participant of a pair (a pupil's signed by a
// legal representative of that pupil, co-signed by a pupil of the school's co-signing age),
// each form generated as a document for signing, scans kept like the staff consents. A consent
// withdrawn by an active pair's mentee ends the child's participation by an order: the pair
// ends, or the child leaves the group that goes on.
import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { documents, guardians, pupils, studentConsents, studentPairMentees, studentPairs } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { ageOn, pupilCosigns } from '@/lib/domain/students/age';
import { requiredKinds } from '@/lib/domain/students/consents';
import { GUARDIAN_RELATION_LABELS, STUDENT_CONSENT_KIND_LABELS, type StudentConsentKind } from '@/lib/domain/students/vocabulary';
import type { recordStudentConsentSchema, studentConsentFormSchema, withdrawStudentConsentSchema } from '@/lib/domain/validations/students-pairs';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { studentConsentDistribution } from '@/templates/student-consent-distribution';
import { STUDENT_DISTRIBUTION_DEFAULTS } from '@/templates/student-consent-distribution/schema';
import { studentConsentParticipation } from '@/templates/student-consent-participation';
import { studentConsentPersonalData } from '@/templates/student-consent-personal-data';
import { STUDENT_PERSONAL_DATA_DEFAULTS } from '@/templates/student-consent-personal-data/defaults';
import { studentTerminationOrder } from '@/templates/student-termination-order';
import { deleteScans, storeScan } from '../consents/scans';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { issueDocument } from '../documents/issue-document';
import { validateTemplateData } from '../documents/render-frozen';
import { personalDataTermsOf } from '../organizations/personal-data-terms';
import { curatorOf, requireOrgRequisites } from '../organizations/requisites';
import { requireStudentPair } from './pairs';
import { type MemberView, nameOf, type StudentPairView, studentSettingsOf } from './pairs-read';

type Subject = 'pupil' | 'external' | 'teacher';
const COLUMN = { pupil: studentConsents.pupilId, external: studentConsents.externalId, teacher: studentConsents.personId } as const;
const FIELD = { pupil: 'pupilId', external: 'externalId', teacher: 'personId' } as const;

/** The member of the pair the request names; a forged id is "not found". */
function memberOf(view: StudentPairView, subject: Subject, id: string): MemberView {
  const member = [view.mentor, ...view.mentees].find((m) => m.subject === subject && m.id === id);
  if (!member) throw notFound('Участник пары', 'masculine');
  return member;
}

function checkKind(member: MemberView, kind: StudentConsentKind, publishesNames: boolean) {
  if (!requiredKinds(member.subject, { publishesNames: true }).includes(kind)) {
    throw new AppError('VALIDATION', `${member.label}: ${STUDENT_CONSENT_KIND_LABELS[kind]} не требуется — согласие на обработку персональных данных педагога — кадровое (раздел «Согласия»).`);
  }
  return publishesNames;
}

async function consentRow(tx: Tx, organizationId: string, subject: Subject, id: string, kind: StudentConsentKind) {
  const where: SQL[] = [eq(COLUMN[subject], id), eq(studentConsents.kind, kind), eq(studentConsents.organizationId, organizationId)];
  const [row] = await tx.select().from(studentConsents).where(and(...where)).for('update');
  return row ?? null;
}

type ConsentValues = Partial<typeof studentConsents.$inferInsert>;

async function upsertConsent(tx: Tx, organizationId: string, subject: Subject, id: string, kind: StudentConsentKind, values: ConsentValues) {
  const existing = await consentRow(tx, organizationId, subject, id, kind);
  if (existing) {
    await tx.update(studentConsents).set({ ...values, updatedAt: new Date() }).where(eq(studentConsents.id, existing.id));
    return existing;
  }
  await tx.insert(studentConsents).values({ organizationId, kind, [FIELD[subject]]: id, ...values });
  return null;
}

async function guardianOf(tx: Tx, pupilId: string, guardianId: string | null | undefined) {
  if (!guardianId) return null;
  const [g] = await tx.select().from(guardians).where(and(eq(guardians.id, guardianId), eq(guardians.pupilId, pupilId)));
  if (!g) throw notFound('Законный представитель', 'masculine');
  return g;
}

export async function recordStudentConsent(ctx: OpContext, input: z.output<typeof recordStudentConsentSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  const member = memberOf(view, input.subject, input.subjectId);
  const settings = await studentSettingsOf(ctx.tx, view.pair.organizationId);
  checkKind(member, input.kind, settings.publishesNames);
  let guardianId: string | null = null;
  let cosigned = false;
  if (input.status === 'received' && member.subject === 'pupil') {
    const guardian = await guardianOf(ctx.tx, member.id, input.guardianId);
    if (!guardian) {
      const message = `${member.label}: выберите законного представителя, подписавшего согласие.`;
      throw new AppError('VALIDATION', message, { guardianId: [message] });
    }
    guardianId = guardian.id;
    if (pupilCosigns(member.birthDate!, input.date, settings.cosignAge) && !input.cosigned) {
      const message = `${member.label}: на дату согласия ${ageOn(member.birthDate!, input.date)} лет — обучающийся подписывает согласие вместе с родителем (с ${settings.cosignAge} лет). Отметьте его подпись.`;
      throw new AppError('VALIDATION', message, { cosigned: [message] });
    }
    cosigned = input.cosigned;
  }
  const existing = await consentRow(ctx.tx, view.pair.organizationId, input.subject, input.subjectId, input.kind);
  if (existing?.status === 'received' && input.status === 'declined') throw conflict('Согласие уже получено: чтобы прекратить его, отметьте отзыв.');
  const scanId = input.status === 'received' && input.scan ? await storeScan(ctx.tx, view.pair.organizationId, ctx.scope.userId, input.scan, `Согласие ${member.fullName} ${input.kind}`) : null;
  if (scanId && existing?.scanId) await deleteScans(ctx.tx, [existing.scanId]);
  await upsertConsent(ctx.tx, view.pair.organizationId, input.subject, input.subjectId, input.kind, {
    status: input.status,
    receivedOn: input.status === 'received' ? input.date : null,
    closedOn: input.status === 'declined' ? input.date : null,
    guardianId,
    cosignedByPupil: cosigned,
    ...(scanId ? { scanId } : {}),
    recordedBy: ctx.scope.userId,
  });
  await ctx.audit({ action: `student_consent.${input.status}`, entity: input.subject, entityId: input.subjectId, after: { kind: input.kind, date: input.date, pairId: view.pair.id } });
  return { pairId: view.pair.id };
}

/**
 * Records a withdrawal. A mentee of an active pair leaves by an order issued in the same
 * transaction, dated the day of the withdrawal: the pair ends, or the child leaves the group.
 */
export async function withdrawStudentConsent(ctx: OpContext, input: z.output<typeof withdrawStudentConsentSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  const member = memberOf(view, input.subject, input.subjectId);
  const existing = await consentRow(ctx.tx, view.pair.organizationId, input.subject, input.subjectId, input.kind);
  if (existing?.status !== 'received') throw conflict('Отозвать можно только полученное согласие.');
  if (existing.receivedOn && input.date < existing.receivedOn) throw new AppError('VALIDATION', 'Дата отзыва раньше даты получения согласия.', { date: ['Дата отзыва раньше даты получения согласия.'] });
  await ctx.tx.update(studentConsents).set({ status: 'withdrawn', closedOn: input.date, updatedAt: new Date(), recordedBy: ctx.scope.userId })
    .where(eq(studentConsents.id, existing.id));
  await ctx.audit({ action: 'student_consent.withdrawn', entity: input.subject, entityId: input.subjectId, after: { kind: input.kind, date: input.date } });
  if (view.pair.status !== 'active' || member.role !== 'mentee') return { pairId: view.pair.id, terminationOrder: null };
  const order = await issueTermination(ctx, view, member, input.kind, input.date);
  return { pairId: view.pair.id, terminationOrder: order };
}

async function issueTermination(ctx: OpContext, view: StudentPairView, member: MemberView, kind: StudentConsentKind, date: string) {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, view.pair.organizationId);
  if (!view.pair.orderId) throw conflict('У пары нет приказа о закреплении.');
  const [pairOrder] = await ctx.tx.select({ issueDate: documents.issueDate, number: documents.number })
    .from(documents)
    .where(eq(documents.id, view.pair.orderId));
  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const wholePair = view.mentees.length === 1;
  const reason = `отзывом ${member.subject === 'pupil' ? 'законным представителем ' : ''}${STUDENT_CONSENT_KIND_LABELS[kind].replace(/^согласие/, 'согласия')} (${formatDate(date)})`;
  const data = validateTemplateData(studentTerminationOrder, {
    org: requireOrgRequisites(org),
    date: null,
    number: null,
    legalBases: [],
    pairOrder: { date: pairOrder?.issueDate ?? null, number: pairOrder?.number ?? null },
    mentor: { person: view.mentor.name, description: view.mentor.description },
    mentee: { person: member.name, className: member.className ?? '' },
    form: view.form.name,
    wholePair,
    endedOn: date,
    reason,
    curator: curator ? staffMemberOf(curator) : null,
    acknowledgement: curator ? [staffMemberOf(curator)] : [],
  });
  const { id } = await createDraft(ctx, { organizationId: org.id, template: studentTerminationOrder.name, title: `${studentTerminationOrder.title} (${member.fullName})`, data });
  const issued = await issueDocument(ctx, { documentId: id, issueDate: date });
  if (wholePair) {
    await ctx.tx
      .update(studentPairs)
      .set({ status: 'terminated', endReason: 'refusal', endedOn: date, terminationOrderId: id, updatedAt: new Date() })
      .where(eq(studentPairs.id, view.pair.id));
  }
  await ctx.tx
    .update(studentPairMentees)
    .set({ leftOn: date, terminationOrderId: id })
    .where(and(eq(studentPairMentees.pairId, view.pair.id), eq(studentPairMentees.pupilId, member.id)));
  await ctx.audit({ action: 'student_pair.terminate', entity: 'student_pair', entityId: view.pair.id, after: { pupilId: member.id, orderId: id, wholePair } });
  return issued;
}

/** Generates the form of one consent for signing (a register document) and links it to the consent. */
export async function createStudentConsentForm(ctx: OpContext, input: z.output<typeof studentConsentFormSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  const member = memberOf(view, input.subject, input.subjectId);
  const settings = await studentSettingsOf(ctx.tx, view.pair.organizationId);
  checkKind(member, input.kind, settings.publishesNames);
  const org = await requireOrgInScope(ctx.tx, ctx.scope, view.pair.organizationId);
  const terms = await personalDataTermsOf(ctx.tx, org);
  let representative = null;
  if (member.subject === 'pupil') {
    const guardian = await guardianOf(ctx.tx, member.id, input.guardianId);
    if (guardian) {
      representative = {
        person: nameOf(guardian),
        relation: GUARDIAN_RELATION_LABELS[guardian.relation],
        identityDocument: { kind: 'паспорт гражданина Российской Федерации', series: null, number: null, issuedOn: null, issuedBy: null },
        address: null,
        authorityDocument: guardian.authorityDocument || null,
      };
    } else {
      const [anyGuardian] = await ctx.tx.select({ id: guardians.id }).from(guardians).where(eq(guardians.pupilId, member.id)).limit(1);
      if (!anyGuardian) throw new AppError('VALIDATION', `${member.label}: не указан законный представитель — добавьте его в карточке обучающегося.`);
      throw new AppError('VALIDATION', `${member.label}: выберите законного представителя, который подпишет согласие.`, { guardianId: ['Выберите законного представителя.'] });
    }
  }
  const [pupil] = member.subject === 'pupil' ? await ctx.tx.select({ birthDate: pupils.birthDate }).from(pupils).where(eq(pupils.id, member.id)) : [];
  const signer = {
    org: requireOrgRequisites(org),
    subject: { person: member.name, birthDate: pupil?.birthDate ?? null, className: member.className, identityDocument: null, address: null },
    representative,
    cosigns: member.birthDate ? pupilCosigns(member.birthDate, view.pair.startDate, settings.cosignAge) : false,
    role: member.role,
    date: null,
  };
  const templates = { participation: studentConsentParticipation, personal_data: studentConsentPersonalData, distribution: studentConsentDistribution };
  const template = templates[input.kind];
  const data =
    input.kind === 'participation'
      ? { ...signer, form: view.form.name, start: view.pair.startDate, end: view.pair.endDate }
      : input.kind === 'personal_data'
        ? {
            ...signer,
            operatorAddress: terms.operatorAddress,
            processor: terms.processor,
            recipients: terms.recipients,
            term: terms.term,
            purposes: STUDENT_PERSONAL_DATA_DEFAULTS.purposes,
            data: STUDENT_PERSONAL_DATA_DEFAULTS.data[member.subject === 'pupil' ? 'pupil' : 'adult'],
            actions: STUDENT_PERSONAL_DATA_DEFAULTS.actions,
          }
        : {
            ...signer,
            operatorAddress: terms.operatorAddress,
            operatorInn: null,
            operatorOgrn: null,
            contact: null,
            resources: [`официальный сайт ${org.shortName}, раздел «Наставничество»`],
            ...STUDENT_DISTRIBUTION_DEFAULTS,
            conditions: null,
          };
  const valid = validateTemplateData(template.name, data);
  const { id } = await createDraft(ctx, { organizationId: org.id, template: template.name, title: `${template.title} (${member.fullName})`, data: valid });
  const existing = await consentRow(ctx.tx, org.id, input.subject, input.subjectId, input.kind);
  await upsertConsent(ctx.tx, org.id, input.subject, input.subjectId, input.kind, existing ? { documentId: id } : { documentId: id, status: 'requested' });
  return { documentId: id };
}
