// The program forms' starting values: the saved program read back into form rows, or a
// first draft from the pair's term, the mentees' deficits in the bank and the default plan.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { menteeProfiles, mentorPairMentees, mentorPairs, people, programs } from '@/db/schema';
import { addMonths, addDays } from '@/lib/core/calendar/iso-dates';
import { notFound } from '@/lib/core/errors';
import { flattenIom, type IomDirection } from '@/lib/domain/school/program-data';
import { DEFAULT_PPN_GOAL, defaultIomPlan, defaultPpnPlan } from '@/lib/domain/school/program-defaults';
import type { IomFormInput, PpnFormInput } from '@/lib/domain/validations/programs';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';
import type { PersonalizedProgram } from '@/templates/ppn/schema';
import { todayIso } from '../clock';
import { loadPair, pairPeople } from '../pairs/load-pair';

const rows = (items: string[]) => items.map((text) => ({ text }));

async function deficitsOf(db: Db, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const profiles = await db.select({ deficits: menteeProfiles.deficits }).from(menteeProfiles).where(inArray(menteeProfiles.personId, personIds));
  return [...new Set(profiles.flatMap((p) => p.deficits))];
}

export async function ppnFormState(db: Db, scope: Scope, pairId: unknown) {
  const pair = await loadPair(db, scope, pairId);
  const parties = await pairPeople(db, pair);
  const [program] = await db.select().from(programs).where(and(eq(programs.pairId, pair.id), eq(programs.kind, 'ppn')));
  let defaults: PpnFormInput;
  if (program) {
    const data = program.data as Omit<PersonalizedProgram, 'activities'> & { activities: (PersonalizedProgram['activities'][number] & { doneOn?: string | null })[] };
    defaults = {
      pairId: pair.id,
      savedAt: program.updatedAt.toISOString(),
      start: data.start,
      end: data.end,
      deficits: rows(data.deficits),
      goal: data.goal,
      tasks: rows(data.tasks),
      activities: data.activities.map((a) => ({ title: a.title, form: a.form, due: a.due, result: a.result, doneOn: a.doneOn ?? '' })),
    };
  } else {
    const deficits = await deficitsOf(db, parties.mentees.map((m) => m.id));
    defaults = {
      pairId: pair.id,
      start: pair.startDate,
      end: pair.endDate,
      deficits: rows(deficits.length ? deficits : ['']),
      goal: DEFAULT_PPN_GOAL,
      tasks: rows(deficits.length ? deficits.map((d) => `преодолеть затруднение: ${d}`) : ['']),
      activities: defaultPpnPlan(pair.startDate, pair.endDate).map((a) => ({ ...a, doneOn: '' })),
    };
  }
  return { pair, ...parties, program: program ?? null, defaults };
}

export async function iomFormState(db: Db, scope: Scope, personId: unknown) {
  const id = parseId(personId, 'Сотрудник', 'masculine');
  const [person] = await db.select().from(people).where(and(eq(people.id, id), inScope(scope, people.organizationId)));
  if (!person) throw notFound('Сотрудник', 'masculine');
  const [program] = await db.select().from(programs).where(and(eq(programs.personId, person.id), eq(programs.kind, 'iom')));
  const [pair] = await db
    .select({ start: mentorPairs.startDate })
    .from(mentorPairMentees)
    .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
    .where(and(eq(mentorPairMentees.personId, person.id), inArray(mentorPairs.status, ['forming', 'active'])));
  let defaults: IomFormInput;
  if (program) {
    const data = program.data as { start: string; end: string; theme: string | null; deficits: string[]; goal: string; directions: IomDirection[] };
    defaults = {
      personId: person.id,
      savedAt: program.updatedAt.toISOString(),
      start: data.start,
      end: data.end,
      theme: data.theme ?? '',
      deficits: rows(data.deficits),
      goal: data.goal,
      activities: flattenIom(data.directions).map((a) => ({ ...a, doneOn: a.doneOn ?? '' })),
    };
  } else {
    const start = pair?.start ?? todayIso();
    const end = addDays(addMonths(start, 12), -1);
    const deficits = await deficitsOf(db, [person.id]);
    defaults = {
      personId: person.id,
      start,
      end,
      theme: '',
      deficits: rows(deficits.length ? deficits : ['']),
      goal: 'Повысить уровень предметной и методической компетентности по выявленным профессиональным дефицитам.',
      activities: defaultIomPlan(start, end).map((a) => ({ ...a, doneOn: '' })),
    };
  }
  return { person, program: program ?? null, defaults };
}
