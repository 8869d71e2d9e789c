// Takes a staff member out of a bank. Not while they are in a pair (group) being formed or
// running: the pair, its consents and its order name them; end or change the pair first.
// Completed and terminated pairs keep their history through the person's record.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { menteeProfiles, mentorProfiles } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import type { removeFromBankSchema } from '@/lib/domain/validations/banks';
import type { OpContext } from '../context';
import { lockBankPerson, openPairsOf } from './bank-person';

export async function removeFromBank(ctx: OpContext, input: z.output<typeof removeFromBankSchema>): Promise<void> {
  const person = await lockBankPerson(ctx.tx, ctx.scope, input.personId);
  const table = input.bank === 'mentor' ? mentorProfiles : menteeProfiles;
  // The pair forms lock profile rows; locking it here makes a pair formed meanwhile visible below.
  const [profile] = await ctx.tx.select().from(table).where(eq(table.personId, person.id)).for('update');
  if (!profile) throw notFound(input.bank === 'mentor' ? 'Запись о наставнике' : 'Запись о наставляемом');
  if ((await openPairsOf(ctx.tx, person.id, input.bank)) > 0) {
    const who = initialsAfter({ lastName: person.lastName, firstName: person.firstName, middleName: person.middleName });
    throw conflict(
      input.bank === 'mentor'
        ? `${who} — наставник в действующей или формируемой паре (группе). Сначала завершите или прекратите её.`
        : `${who} — наставляемый в действующей или формируемой паре (группе). Сначала завершите или прекратите её.`,
    );
  }
  await ctx.tx.delete(table).where(eq(table.personId, person.id));
  await ctx.audit({ action: `bank.${input.bank}.remove`, entity: `${input.bank}_profile`, entityId: person.id, organizationId: person.organizationId, before: profile });
}
