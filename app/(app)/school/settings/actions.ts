'use server';

import { emblemSchema, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { scopedAction } from '@/lib/server/action';
import { updateEmblem } from '@/lib/server/organizations/update-emblem';
import { updateSettings } from '@/lib/server/organizations/update-settings';

export const updateSettingsAction = scopedAction(
  { schema: organizationSettingsSchema, permission: 'org.settings', revalidate: ['/school/settings', '/dashboard'] },
  updateSettings,
);

export const updateEmblemAction = scopedAction({ schema: emblemSchema, permission: 'org.settings', revalidate: ['/school/settings'] }, updateEmblem);
