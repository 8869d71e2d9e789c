// Saves a pair's personalized mentoring program (ППН): deficits, aims, plan rows with their
// completion marks. One ППН per pair: the pair's row lock makes a double submit update the
// program the first submit created.
// A save from a form opened before a later save or mark is refused (stale-save.ts).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { programs } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { doneText } from '@/lib/domain/school/program-data';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import type { PpnForm } from '@/lib/domain/validations/programs';
import { ppn } from '@/templates/ppn';
import type { OpContext } from '../context';
import { loadPair, pairPeople } from '../pairs/load-pair';
import { programParties } from './program-parties';
import { refuseStaleSave } from './stale-save';

const FORM_FIELDS = new Set(['start', 'end', 'deficits', 'goal', 'tasks', 'activities']);

export async function savePpn(ctx: OpContext, input: PpnForm): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status !== 'forming' && pair.status !== 'active') {
    throw conflict('Программа составляется для пары, которая формируется или закреплена приказом; эта пара уже завершена или прекращена.');
  }
  const { mentor, mentees } = await pairPeople(ctx.tx, pair);
  const parties = await programParties(ctx, pair.organizationId);
  const data = checkTemplateData(
    ppn.name,
    {
      ...parties,
      kind: mentees.length > 1 ? 'group' : 'pair',
      mentor: staffMemberOf(mentor),
      mentees: mentees.map(staffMemberOf),
      form: pair.form,
      start: input.start,
      end: input.end,
      approvedBy: null,
      deficits: input.deficits.map((d) => d.text),
      goal: input.goal,
      tasks: input.tasks.map((t) => t.text),
      activities: input.activities.map((a) => ({ ...a, done: doneText(a.doneOn) })),
    },
    ({ path }) => ({ field: FORM_FIELDS.has(path[0]!) ? path.slice(0, path[0] === 'activities' ? 3 : 2).join('.') : '_form' }),
  );
  const [existing] = await ctx.tx.select().from(programs).where(and(eq(programs.pairId, pair.id), eq(programs.kind, 'ppn')));
  if (existing) {
    refuseStaleSave(existing, input.savedAt, data);
    await ctx.tx.update(programs).set({ data, updatedAt: new Date() }).where(eq(programs.id, existing.id));
    await ctx.audit({ action: 'program.edit', entity: 'program', entityId: existing.id, organizationId: pair.organizationId, before: existing.data, after: data });
    return { id: existing.id };
  }
  const [created] = await ctx.tx.insert(programs).values({ organizationId: pair.organizationId, kind: 'ppn', pairId: pair.id, data }).returning({ id: programs.id });
  await ctx.audit({ action: 'program.create', entity: 'program', entityId: created!.id, organizationId: pair.organizationId, after: data });
  return created!;
}
