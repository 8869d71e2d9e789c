'use server';

import { scopedAction } from '@/lib/server/action';
import { updateSettings } from '@/lib/server/organizations/update-settings';
import { organizationSettingsSchema } from '@/lib/domain/validations/organization';

export const updateSettingsAction = scopedAction(
  { schema: organizationSettingsSchema, permission: 'org.settings', revalidate: ['/school/settings', '/dashboard'] },
  updateSettings,
);
