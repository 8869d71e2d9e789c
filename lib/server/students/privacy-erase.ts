// A pupil's withdrawn consent to the processing of personal data (student_consents, kind
// personal_data): by the day before the 30-day deadline of ст. 21 ч. 5 152-ФЗ the data only
// that consent covered go — the request of the mentee base, the competences of the mentor
// base, the child's questionnaire answers, the parents' authority documents. The pupil's name,
// birth date and class stay: they are the school's record of its pupil (ст. 6 ч. 1 п. 2
// 152-ФЗ), which the issued orders and the indicators rest on. Runs wherever the staff erasure
// runs (eraseDuePersonalData calls it). No 'server-only': `npm start` and cron run it too.
import { and, eq, inArray, isNull, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, guardians, studentConsents, studentMentees, studentMentors, studentQuestionnaires } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { erasureDeadline, WITHDRAWAL_ERASURE_DAYS } from '@/lib/domain/people/personal-data-terms';

export const PUPIL_CONSENT_ONLY_DATA = ['запрос наставляемого', 'компетенции наставника', 'ответы анкет', 'документы о полномочиях представителей'] as const;

export async function eraseDuePupilPersonalData(db: Db, today: string, organizationId?: string): Promise<number> {
  const withdrawnBy = addDays(today, -(WITHDRAWAL_ERASURE_DAYS - 1));
  const due = and(
    eq(studentConsents.kind, 'personal_data'),
    isNotNull(studentConsents.pupilId),
    eq(studentConsents.status, 'withdrawn'),
    isNull(studentConsents.erasedOn),
    lte(studentConsents.closedOn, withdrawnBy),
    organizationId ? eq(studentConsents.organizationId, organizationId) : undefined,
  );
  const [any] = await db.select({ id: studentConsents.id }).from(studentConsents).where(due).limit(1);
  if (!any) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(studentConsents).where(due).for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const pupilIds = rows.map((r) => r.pupilId!);
    await tx.update(studentMentees).set({ request: '' }).where(inArray(studentMentees.pupilId, pupilIds));
    await tx.update(studentMentors).set({ competences: sql`'{}'::text[]` }).where(inArray(studentMentors.pupilId, pupilIds));
    await tx.delete(studentQuestionnaires).where(inArray(studentQuestionnaires.pupilId, pupilIds));
    await tx.update(guardians).set({ authorityDocument: '' }).where(inArray(guardians.pupilId, pupilIds));
    await tx.update(studentConsents).set({ erasedOn: today, updatedAt: new Date() }).where(inArray(studentConsents.id, rows.map((r) => r.id)));
    await tx.insert(auditLog).values(
      rows.map((r) => ({
        organizationId: r.organizationId,
        action: 'pupil.personal_data_erased',
        entity: 'pupil',
        entityId: r.pupilId,
        before: { withdrawnOn: r.closedOn, deadline: erasureDeadline(r.closedOn!) },
        after: { erasedOn: today, erased: [...PUPIL_CONSENT_ONLY_DATA] },
      })),
    );
    return rows.length;
  });
}
