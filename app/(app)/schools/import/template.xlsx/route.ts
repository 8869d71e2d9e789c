// /schools/import/template.xlsx — the blank school list (XLSX) with an example row.
import { COLUMN_LABELS, type Column } from '@/lib/domain/import/school-list';
import { listTemplateXlsx, xlsxResponse } from '@/lib/server/organizations/list-template';
import { scopedRoute } from '@/lib/server/scoped-read';

const EXAMPLE: [Column, string, number][] = [
  ['fullName', 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»', 60],
  ['shortName', 'МБОУ «СОШ № 1»', 28],
  ['headPosition', 'Директор', 20],
  ['headFullName', 'Киреева Ольга Алексеевна', 32],
  ['headEmail', 'kireeva@school1.example', 30],
  ['city', '', 20],
  ['orderSuffix', '-од', 12],
];

export const GET = scopedRoute<unknown>('schools.create', async () => {
  const columns = EXAMPLE.map(([c, example, width]) => ({ header: COLUMN_LABELS[c], example, width }));
  return xlsxResponse(await listTemplateXlsx('Школы', columns), 'Список школ (образец).xlsx', 'schools.xlsx');
});
