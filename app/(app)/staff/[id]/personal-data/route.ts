// /staff/<id>/personal-data: a copy of everything kept about one person (152-ФЗ, ст. 14), as JSON.
import { exportPersonalData } from '@/lib/server/people/personal-data';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<{ id: string }>('staff.edit', async ({ read }, { id }) => {
  const data = await read(exportPersonalData, id);
  const name = `personal-data-${data.person.id}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
  });
});
