'use server';

import { scopedAction } from '@/lib/server/action';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { saveDistrictOrder } from '@/lib/server/district/save-order';
import { issueDistrictOrderSchema, saveDistrictOrderSchema } from '@/lib/domain/validations/district';

export const saveDistrictOrderAction = scopedAction(
  { schema: saveDistrictOrderSchema, permission: 'district.orders', revalidate: ['/district/orders', '/documents'] },
  saveDistrictOrder,
);

export const issueDistrictOrderAction = scopedAction(
  { schema: issueDistrictOrderSchema, permission: 'district.orders', revalidate: ['/district/orders', '/documents', '/dashboard'] },
  issueDistrictOrder,
);
