// Erases, after a withdrawn consent to personal-data processing, the data only that consent
// covered (lib/domain/people/personal-data-terms.ts: CONSENT_ONLY_DATA) — by the day before
// the 30-day deadline of ст. 21 ч. 5 152-ФЗ, so «будут удалены до <deadline>» holds. Until
// then a new consent («получено заново») keeps everything. The app has no scheduler: this
// runs at `npm start` for every school and on each view of /consents and /staff for the
// viewer's school (one indexed query when nothing is due), and
// `npx tsx scripts/erase-withdrawn-personal-data.ts` runs it from cron.
// No 'server-only' here: `npm start` and the cron script run it outside Next.js.
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, consents, menteeProfiles, mentorProfiles } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { CONSENT_ONLY_DATA, erasureDeadline, WITHDRAWAL_ERASURE_DAYS } from '@/lib/domain/people/personal-data-terms';
import { eraseDuePupilPersonalData } from '@/lib/server/students/privacy-erase';

/** Staff and pupils alike: every caller of the staff sweep erases pupils' due data too. */
export async function eraseDuePersonalData(db: Db, today: string, organizationId?: string): Promise<number> {
  return (await eraseDueStaffPersonalData(db, today, organizationId)) + (await eraseDuePupilPersonalData(db, today, organizationId));
}

async function eraseDueStaffPersonalData(db: Db, today: string, organizationId?: string): Promise<number> {
  // Withdrawn on or before this day → erased today at the latest, the day before the deadline.
  const withdrawnBy = addDays(today, -(WITHDRAWAL_ERASURE_DAYS - 1));
  const due = and(
    eq(consents.kind, 'personal_data'),
    isNull(consents.pairId),
    eq(consents.status, 'withdrawn'),
    isNull(consents.erasedOn),
    lte(consents.closedOn, withdrawnBy),
    organizationId ? eq(consents.organizationId, organizationId) : undefined,
  );
  const [any] = await db.select({ id: consents.id }).from(consents).where(due).limit(1);
  if (!any) return 0;
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(consents).where(due).for('update', { skipLocked: true });
    if (rows.length === 0) return 0;
    const personIds = rows.map((r) => r.personId);
    await tx.update(menteeProfiles).set({ deficits: sql`'{}'::text[]`, requests: '', updatedAt: new Date() }).where(inArray(menteeProfiles.personId, personIds));
    await tx.update(mentorProfiles).set({ competences: sql`'{}'::text[]`, updatedAt: new Date() }).where(inArray(mentorProfiles.personId, personIds));
    await tx.update(consents).set({ erasedOn: today, updatedAt: new Date() }).where(inArray(consents.id, rows.map((r) => r.id)));
    await tx.insert(auditLog).values(
      rows.map((r) => ({
        organizationId: r.organizationId,
        action: 'person.personal_data_erased',
        entity: 'person',
        entityId: r.personId,
        before: { withdrawnOn: r.closedOn, deadline: erasureDeadline(r.closedOn!) },
        after: { erasedOn: today, erased: [...CONSENT_ONLY_DATA] },
      })),
    );
    return rows.length;
  });
}
