// /districts/import/template.xlsx — the blank municipality list (XLSX) with an example row.
import { MUNICIPALITY_COLUMN_LABELS, MUNICIPALITY_TEMPLATE_COLUMNS, MUNICIPALITY_TEMPLATE_EXAMPLE } from '@/lib/domain/import/municipality-list';
import { listTemplateXlsx, xlsxResponse } from '@/lib/server/organizations/list-template';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('districts.create', async () => {
  const columns = MUNICIPALITY_TEMPLATE_COLUMNS.map((c) => ({
    header: MUNICIPALITY_COLUMN_LABELS[c],
    example: MUNICIPALITY_TEMPLATE_EXAMPLE[c] ?? '',
    width: c === 'fullName' ? 60 : c === 'orderSuffix' ? 12 : 32,
  }));
  return xlsxResponse(await listTemplateXlsx('Муниципалитеты', columns), 'Список муниципалитетов (образец).xlsx', 'municipalities.xlsx');
});
