// /students/pupils/<id>/personal-data: a copy of everything kept about one pupil (152-ФЗ, ст. 14),
// as JSON, for the legal representative. Each copy handed out is recorded in the audit log.
import { fullNameOf } from '@/lib/core/russian';
import { scopedRoute } from '@/lib/server/scoped-read';
import { exportPupilPersonalData } from '@/lib/server/students/privacy';

export const GET = scopedRoute<{ id: string }>('students.manage', async ({ read, audit }, { id }) => {
  const data = await read(exportPupilPersonalData, id);
  await audit({
    action: 'pupil.personal_data_export',
    entity: 'pupil',
    entityId: data.pupil.id,
    organizationId: data.pupil.organizationId,
    after: { fullName: fullNameOf(data.pupil) },
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="pupil-personal-data-${data.pupil.id}.json"`,
      'cache-control': 'private, no-store',
    },
  });
});
