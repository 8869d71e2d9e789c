// /staff/<id>/personal-data: a copy of everything kept about one person (152-ФЗ, ст. 14), as JSON.
// Each copy handed out is recorded in the audit log: who took whose personal data, when, from where.
import { fullNameOf } from '@/lib/core/russian';
import { exportPersonalData } from '@/lib/server/people/personal-data';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<{ id: string }>('staff.edit', async ({ read, audit }, { id }) => {
  const data = await read(exportPersonalData, id);
  await audit({
    action: 'personal_data.export',
    entity: 'person',
    entityId: data.person.id,
    organizationId: data.person.organizationId,
    after: { fullName: fullNameOf(data.person) },
  });
  const name = `personal-data-${data.person.id}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
  });
});
