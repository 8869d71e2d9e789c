// /students/import/template.xlsx — the blank class list (XLSX) with an example row, in the
// columns the import recognizes.
import { COLUMN_LABEL, type PupilColumn } from '@/lib/domain/students/import-pupils';
import { listTemplateXlsx, xlsxResponse } from '@/lib/server/organizations/list-template';
import { scopedRoute } from '@/lib/server/scoped-read';

const EXAMPLE: [PupilColumn, string, number][] = [
  ['fullName', 'Мамедов Тимур Рашид оглы', 34],
  ['birthDate', '05.03.2013', 16],
  ['schoolClass', '7А', 8],
  ['guardianFullName', 'Мамедова Лейла Ахмедовна', 40],
  ['guardianRelation', 'мать', 16],
];

export const GET = scopedRoute<unknown>('students.manage', async () => {
  const columns = EXAMPLE.map(([c, example, width]) => ({ header: COLUMN_LABEL[c], example, width }));
  return xlsxResponse(await listTemplateXlsx('Обучающиеся', columns), 'Список класса (образец).xlsx', 'pupils.xlsx');
});
