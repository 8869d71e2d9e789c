// Saves a mentee's ИОМ card for the school year: deficits, goal and the plan
// grouped by directions, with completion marks. One ИОМ per person: the person's row lock
// makes a double submit update the card the first submit created.
// A save from a form opened before a later save or mark is refused (stale-save.ts).
import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { menteeProfiles, mentorPairMentees, mentorPairs, people, programs } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { groupIomRows } from '@/lib/domain/school/program-data';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import type { IomForm } from '@/lib/domain/validations/programs';
import { inScope } from '@/lib/server/auth/scope';
import { iom } from '@/templates/iom';
import type { OpContext } from '../context';
import { programParties } from './program-parties';
import { refuseStaleSave } from './stale-save';

export async function saveIom(ctx: OpContext, input: IomForm): Promise<{ id: string }> {
  const [person] = await ctx.tx
    .select()
    .from(people)
    .where(and(eq(people.id, input.personId), inScope(ctx.scope, people.organizationId)))
    .for('update');
  if (!person) throw notFound('Сотрудник', 'masculine');
  const [profile] = await ctx.tx.select({ id: menteeProfiles.personId }).from(menteeProfiles).where(eq(menteeProfiles.personId, person.id));
  if (!profile) throw new AppError('VALIDATION', 'ИОМ составляется для наставляемого: отметьте сотрудника в банке наставляемых.');
  const [pair] = await ctx.tx
    .select({ mentorId: mentorPairs.mentorId })
    .from(mentorPairMentees)
    .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
    .where(and(eq(mentorPairMentees.personId, person.id), inArray(mentorPairs.status, ['forming', 'active'])))
    .orderBy(desc(mentorPairs.startDate))
    .limit(1);
  const [mentor] = pair ? await ctx.tx.select().from(people).where(eq(people.id, pair.mentorId)) : [];
  const parties = await programParties(ctx, person.organizationId);
  const data = checkTemplateData(
    iom.name,
    {
      org: parties.org,
      format: 'card',
      teacher: staffMemberOf(person),
      mentor: mentor ? staffMemberOf(mentor) : null,
      curator: parties.curator,
      start: input.start,
      end: input.end,
      theme: input.theme,
      deficits: input.deficits.map((d) => d.text),
      goal: input.goal,
      directions: groupIomRows(input.activities),
    },
    ({ path }) => ({ field: ['start', 'end', 'deficits', 'goal', 'theme'].includes(path[0]!) ? path.slice(0, 2).join('.') : path[0] === 'directions' ? 'activities' : '_form' }),
  );
  const [existing] = await ctx.tx.select().from(programs).where(and(eq(programs.personId, person.id), eq(programs.kind, 'iom')));
  if (existing) {
    refuseStaleSave(existing, input.savedAt, data);
    await ctx.tx.update(programs).set({ data, updatedAt: new Date() }).where(eq(programs.id, existing.id));
    await ctx.audit({ action: 'program.edit', entity: 'program', entityId: existing.id, organizationId: person.organizationId, before: existing.data, after: data });
    return { id: existing.id };
  }
  const [created] = await ctx.tx.insert(programs).values({ organizationId: person.organizationId, kind: 'iom', personId: person.id, data }).returning({ id: programs.id });
  await ctx.audit({ action: 'program.create', entity: 'program', entityId: created!.id, organizationId: person.organizationId, after: data });
  return created!;
}
