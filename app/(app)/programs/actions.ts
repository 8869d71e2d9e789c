'use server';

import { iomFormSchema, markSchema, ppnFormSchema } from '@/lib/domain/validations/programs';
import { scopedAction } from '@/lib/server/action';
import { markActivity } from '@/lib/server/programs/mark-activity';
import { saveIom } from '@/lib/server/programs/save-iom';
import { savePpn } from '@/lib/server/programs/save-ppn';

const revalidate = ['/programs', '/dashboard'];

export const savePpnAction = scopedAction({ schema: ppnFormSchema, permission: 'mentoring.manage', revalidate }, savePpn);
export const saveIomAction = scopedAction({ schema: iomFormSchema, permission: 'mentoring.manage', revalidate }, saveIom);
export const markActivityAction = scopedAction({ schema: markSchema, permission: 'programs.mark', revalidate }, markActivity);
