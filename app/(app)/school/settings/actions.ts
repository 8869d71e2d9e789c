'use server';

import { emblemSchema, organizationSettingsSchema } from '@/lib/domain/validations/organization';
import { personalDataSettingsSchema } from '@/lib/domain/validations/personal-data-settings';
import { scopedAction } from '@/lib/server/action';
import { updateEmblem } from '@/lib/server/organizations/update-emblem';
import { updatePersonalDataSettings } from '@/lib/server/organizations/update-personal-data-settings';
import { updateSettings } from '@/lib/server/organizations/update-settings';

export const updateSettingsAction = scopedAction(
  { schema: organizationSettingsSchema, permission: 'org.settings', revalidate: ['/school/settings', '/dashboard'] },
  updateSettings,
);

export const updateEmblemAction = scopedAction({ schema: emblemSchema, permission: 'org.settings', revalidate: ['/school/settings'] }, updateEmblem);
export const updatePersonalDataSettingsAction = scopedAction(
  { schema: personalDataSettingsSchema, permission: 'org.settings', revalidate: ['/school/settings', '/consents'] },
  updatePersonalDataSettings,
);
