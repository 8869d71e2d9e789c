// A program is edited in a form while marks are set in the table above it, by the curator in
// another tab or by a colleague: a save from a form opened before a later change would put
// the old plan and marks back without anyone noticing.
import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import type { Program } from '@/db/schema';
import { conflict } from '@/lib/core/errors';

export const STALE_PROGRAM_MESSAGE =
  'Программу изменили после того, как вы открыли форму (сохранили в другой вкладке или отметили выполнение). Ваши правки не сохранены: скопируйте их, обновите страницу и внесите снова.';

/**
 * Refuses to save `data` over `existing` unless the form was opened on the version that is
 * stored (`savedAt`). Saving exactly what is stored is allowed: that is a repeated submit.
 */
export function refuseStaleSave(existing: Program, savedAt: string, data: unknown): void {
  if (existing.updatedAt.toISOString() === savedAt) return;
  // The stored jsonb has no undefined members; compare with the data as it would be stored.
  if (isDeepStrictEqual(existing.data, JSON.parse(JSON.stringify(data)))) return;
  throw conflict(STALE_PROGRAM_MESSAGE);
}
