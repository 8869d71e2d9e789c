// A pupil's personal data handed to the legal representative on request (ст. 14 152-ФЗ):
// everything the school keeps about the child in the app, read only by the child's school.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  guardians,
  studentConsents,
  studentForms,
  studentMentees,
  studentMentors,
  studentPairMentees,
  studentPairs,
  studentQuestionnaires,
} from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { loadPupil } from './pupils';

const PAIR_COLUMNS = {
  pairId: studentPairs.id,
  form: studentForms.name,
  startDate: studentPairs.startDate,
  endDate: studentPairs.endDate,
  status: studentPairs.status,
};

export async function exportPupilPersonalData(db: Db, scope: Scope, pupilId: unknown) {
  const pupil = await loadPupil(db, scope, pupilId);
  const [parents, consents, mentee, mentor, asMentee, questionnaires] = await Promise.all([
    db.select().from(guardians).where(eq(guardians.pupilId, pupil.id)),
    db
      .select({
        kind: studentConsents.kind,
        status: studentConsents.status,
        receivedOn: studentConsents.receivedOn,
        closedOn: studentConsents.closedOn,
        erasedOn: studentConsents.erasedOn,
        cosignedByPupil: studentConsents.cosignedByPupil,
      })
      .from(studentConsents)
      .where(eq(studentConsents.pupilId, pupil.id)),
    db.select().from(studentMentees).where(eq(studentMentees.pupilId, pupil.id)),
    db.select().from(studentMentors).where(eq(studentMentors.pupilId, pupil.id)),
    db
      .select(PAIR_COLUMNS)
      .from(studentPairMentees)
      .innerJoin(studentPairs, eq(studentPairs.id, studentPairMentees.pairId))
      .innerJoin(studentForms, eq(studentForms.id, studentPairs.formId))
      .where(eq(studentPairMentees.pupilId, pupil.id)),
    db
      .select({
        role: studentQuestionnaires.role, stage: studentQuestionnaires.stage, filledOn: studentQuestionnaires.filledOn,
        answers: studentQuestionnaires.answers })
      .from(studentQuestionnaires)
      .where(eq(studentQuestionnaires.pupilId, pupil.id)),
  ]);
  const mentorRow = mentor[0] ?? null;
  const asMentor = mentorRow
    ? await db
        .select(PAIR_COLUMNS)
        .from(studentPairs)
        .innerJoin(studentForms, eq(studentForms.id, studentPairs.formId))
        .where(eq(studentPairs.mentorId, mentorRow.id))
    : [];
  return {
    exportedAt: new Date().toISOString(),
    pupil,
    guardians: parents,
    consents,
    menteeBase: mentee[0] ?? null,
    mentorBase: mentorRow,
    pairsAsMentee: asMentee,
    pairsAsMentor: asMentor,
    questionnaires,
  };
}
