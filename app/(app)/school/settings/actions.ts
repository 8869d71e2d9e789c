'use server';

import { organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { scopedAction } from '@/lib/server/action';
import { updateSettings } from '@/lib/server/organizations/update-settings';

export const updateSettingsAction = scopedAction(
  { schema: organizationSettingsSchema, permission: 'org.settings', revalidate: ['/school/settings', '/dashboard'] },
  updateSettings,
);
