'use server';

import { issueDistrictOrderSchema, saveDistrictOrderSchema } from '@/lib/domain/validations/district';
import { remindAcknowledgementSchema } from '@/lib/domain/validations/notifications';
import { scopedAction } from '@/lib/server/action';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { remindAcknowledgement } from '@/lib/server/district/remind-order';
import { saveDistrictOrder } from '@/lib/server/district/save-order';

export const saveDistrictOrderAction = scopedAction(
  { schema: saveDistrictOrderSchema, permission: 'district.orders', revalidate: ['/district/orders', '/documents'] },
  saveDistrictOrder,
);

export const issueDistrictOrderAction = scopedAction(
  { schema: issueDistrictOrderSchema, permission: 'district.orders', revalidate: ['/district/orders', '/documents', '/dashboard'] },
  issueDistrictOrder,
);

export const remindAcknowledgementAction = scopedAction({ schema: remindAcknowledgementSchema, permission: 'district.orders' }, (ctx, input) =>
  remindAcknowledgement(ctx, input),
);
