'use server';

import { createCampaignSchema, submitFiguresSchema } from '@/lib/domain/validations/monitoring';
import { scopedAction } from '@/lib/server/action';
import { createCampaign } from '@/lib/server/monitoring/create-campaign';
import { submitFigures } from '@/lib/server/monitoring/submit-figures';

export const createCampaignAction = scopedAction(
  { schema: createCampaignSchema, permission: 'monitoring.manage', revalidate: ['/monitoring', '/dashboard'] },
  createCampaign,
);

export const submitFiguresAction = scopedAction(
  { schema: submitFiguresSchema, permission: 'monitoring.submit', revalidate: ['/monitoring', '/dashboard'] },
  submitFigures,
);
