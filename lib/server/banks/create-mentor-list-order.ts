// The order approving the методический актив (list of mentors): a draft of the
// mentor-list-order template filled from the mentors bank and the organization, with an
// acknowledgement row for the curator and every mentor. Asking again while a draft exists
// refreshes that draft instead of adding a second one (a double submit changes nothing).
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { mentorProfiles, type Person, people } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { experienceOn } from '@/lib/domain/people/years';
import type { mentorListOrderSchema } from '@/lib/domain/validations/banks';
import { mentorListOrder } from '@/templates/mentor-list-order';
import type { MentorListOrder } from '@/templates/mentor-list-order/schema';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { validateTemplateData } from '../documents/render-frozen';
import { staffAcknowledgements, upsertDraft } from '../documents/upsert-draft';
import { BLANK_ACT, curatorOf, regulationRef, requireOrgRequisites } from '../organizations/requisites';
import { lockOwnSchool } from '../people/school-staff';


/** 'Иванова М.П., Петров И.С.' ending the sentence: initials already end with its full stop. */
const names = (list: Person[]) => list.map((p) => initialsAfter(p)).join(', ').replace(/([^.])$/, '$1.');

export async function createMentorListOrder(ctx: OpContext, input: z.output<typeof mentorListOrderSchema>): Promise<{ id: string }> {
  // The school's row lock queues a second submit behind the first, which then finds its draft.
  const org = await lockOwnSchool(ctx);
  const requisites = requireOrgRequisites(org);
  const mentors = await ctx.tx
    .select({ person: people, profile: mentorProfiles })
    .from(mentorProfiles)
    .innerJoin(people, eq(people.id, mentorProfiles.personId))
    .where(eq(mentorProfiles.organizationId, org.id))
    .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`);
  if (mentors.length === 0) throw new AppError('VALIDATION', 'В банке наставников никого нет: сначала добавьте наставников.');

  const categories = new Map(input.categories.map((c) => [c.personId, c.category]));
  for (const id of categories.keys()) if (!mentors.some((m) => m.person.id === id)) throw notFound('Запись о наставнике');
  const noStart = mentors.filter((m) => !m.person.pedagogicalStart).map((m) => m.person);
  if (noStart.length) {
    throw new AppError(
      'VALIDATION',
      `В приказе указывается педагогический стаж наставников. Укажите дату начала педагогической деятельности (её хранят при согласии на обработку персональных данных): ${names(noStart)}`,
    );
  }
  const noCompetences = mentors.filter((m) => m.profile.competences.length === 0).map((m) => m.person);
  if (noCompetences.length) throw new AppError('VALIDATION', `Укажите компетенции наставников: ${names(noCompetences)}`);

  const today = todayIso();
  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const listed = [...(curator ? [curator] : []), ...mentors.map((m) => m.person).filter((p) => p.id !== curator?.id)];
  const data: MentorListOrder = {
    org: requisites,
    date: null,
    number: null,
    // Only the worded titles: the settings keep the structured requisites beside them.
    legalBases: org.legalBases.map(({ title }) => ({ title })),
    regulation: (await regulationRef(ctx.tx, org.id)) ?? BLANK_ACT,
    period: input.period,
    mentors: mentors.map(({ person, profile }) => ({
      ...staffMemberOf(person),
      experienceYears: experienceOn(person.pedagogicalStart, today) ?? 0,
      category: categories.get(person.id) || null,
      competences: profile.competences.join('; '),
    })),
    curator: curator ? staffMemberOf(curator) : null,
    acknowledgement: listed.map(staffMemberOf),
  };
  validateTemplateData(mentorListOrder, data);
  const title = input.period ? `${mentorListOrder.title} ${input.period}` : mentorListOrder.title;
  return upsertDraft(ctx, { organizationId: org.id, template: mentorListOrder.name, title, data, acknowledgements: staffAcknowledgements(listed) });
}
