'use server';

import { analyticalNoteSchema } from '@/lib/domain/validations/monitoring';
import { scopedAction } from '@/lib/server/action';
import { createAnalyticalNote } from '@/lib/server/indicators/create-analytical-note';

export const createAnalyticalNoteAction = scopedAction(
  { schema: analyticalNoteSchema, permission: 'indicators.view', revalidate: ['/documents'] },
  createAnalyticalNote,
);
