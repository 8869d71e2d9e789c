// The one wrapper for server actions: validate → authenticate → authorize → scope →
// transaction (with audit) → revalidate. Returns a result object the form can show;
// never throws to the client.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { AppError } from '@/lib/core/errors';
import { can, type Permission } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import type { ActionResult } from './action-result';
import { type OpContext, type RequestMeta, requestMetaOf, runInScope } from './context';
import { fieldErrorsOf } from './field-errors';
import { incidentMessage, reportIncident } from './incident';
import { kickMailer } from './notifications/mailer';


async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  return requestMetaOf((name) => h.get(name));
}

function fromFormData(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw) : raw;
}

/** Postgres unique violation: a double submit or a duplicate that slipped past the checks. */
function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } })?.cause ?? e;
  return (cause as { code?: string })?.code === '23505';
}

export function scopedAction<S extends z.ZodType, T>(
  opts: { schema: S; permission: Permission; revalidate?: string[]; allowWithOneTimePassword?: boolean },
  body: (ctx: OpContext, input: z.output<S>) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const scope = await currentScope();
    if (!scope) return { ok: false, error: 'Сессия истекла. Войдите снова.' };
    if (scope.mustChangePassword && !opts.allowWithOneTimePassword) return { ok: false, error: 'Сначала смените временный пароль.' };
    if (!can(scope, opts.permission)) return { ok: false, error: 'Недостаточно прав для этого действия.' };
    const parsed = opts.schema.safeParse(fromFormData(raw));
    if (!parsed.success) {
      return { ok: false, error: 'Проверьте заполнение полей.', fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      const data = await runInScope(getDb(), scope, await requestMeta(), (ctx) => body(ctx, parsed.data));
      for (const path of opts.revalidate ?? []) revalidatePath(path);
      // After the commit: notifications the operation wrote go out by mail in the background.
      kickMailer();
      return { ok: true, data };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
      if (isUniqueViolation(e)) return { ok: false, error: 'Такая запись уже существует.' };
      const incident = reportIncident(e, 'action failed');
      return { ok: false, error: incidentMessage('Не удалось сохранить изменения: внутренняя ошибка. Данные не изменены.', incident) };
    }
  };
}
