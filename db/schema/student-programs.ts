// The mentoring program of a pair or group of the student model (stage 1 names it, stage 6
// works by it): the template data (student-program) with the plan rows and their marks. Like
// the teacher model's programs it is a living form, printed on request, not a register entry.
import { index, jsonb, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { studentPairs } from './students';

export const studentPrograms = pgTable(
  'student_programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** One program per pair or group. */
    pairId: uuid('pair_id')
      .notNull()
      .references(() => studentPairs.id, { onDelete: 'cascade' }),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('student_programs_pair').on(t.pairId), index('student_programs_org').on(t.organizationId)],
);

export type StudentProgramRow = typeof studentPrograms.$inferSelect;
