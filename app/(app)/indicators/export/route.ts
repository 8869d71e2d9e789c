// /indicators/export?district=<id>&date=<YYYY-MM-DD>: the indicator report as XLSX.
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { AppError } from '@/lib/core/errors';
import { todayIso } from '@/lib/server/clock';
import { indicatorWorkbook } from '@/lib/server/indicators/export-xlsx';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { isoDateField } from '@/lib/domain/validations/fields';
import { textResponse } from '@/lib/server/http-response';

export async function GET(req: Request) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'indicators.view')) return textResponse(403, 'Недостаточно прав для этого действия.');
  const params = new URL(req.url).searchParams;
  const today = todayIso();
  const date = isoDateField('Дата').safeParse(params.get('date') ?? today);
  if (!date.success || date.data > today) return textResponse(400, 'Укажите дату не позже сегодняшней в формате ГГГГ-ММ-ДД.');
  try {
    const report = await loadIndicatorReport(getDb(), scope, { unitId: params.get('district') ?? undefined, referenceDate: date.data });
    const bytes = await indicatorWorkbook(report);
    const filename = `Показатели наставничества ${report.unit.shortName} на ${date.data}.xlsx`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-length': String(bytes.length),
        'content-disposition': `attachment; filename="indicators-${date.data}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof AppError) return textResponse(e.code === 'NOT_FOUND' ? 404 : 422, e.message);
    throw e;
  }
}
