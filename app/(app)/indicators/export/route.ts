// /indicators/export?district=<id>&date=<YYYY-MM-DD>: the indicator report as XLSX.
import { isoDateField } from '@/lib/domain/validations/fields';
import { todayIso } from '@/lib/server/clock';
import { textResponse } from '@/lib/server/http-response';
import { indicatorWorkbook } from '@/lib/server/indicators/export-xlsx';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('indicators.view', async ({ read }, _params, req) => {
  const params = new URL(req.url).searchParams;
  const today = todayIso();
  const date = isoDateField('Дата').safeParse(params.get('date') ?? today);
  if (!date.success || date.data > today) return textResponse(400, 'Укажите дату не позже сегодняшней в формате ГГГГ-ММ-ДД.');
  const report = await read(loadIndicatorReport, { unitId: params.get('district') ?? undefined, referenceDate: date.data });
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
});
