'use server';

import { scopedAction } from '@/lib/server/action';
import { createAnalyticalNote } from '@/lib/server/indicators/create-analytical-note';
import { analyticalNoteSchema } from '@/lib/domain/validations/monitoring';

export const createAnalyticalNoteAction = scopedAction(
  { schema: analyticalNoteSchema, permission: 'indicators.view', revalidate: ['/documents'] },
  createAnalyticalNote,
);
