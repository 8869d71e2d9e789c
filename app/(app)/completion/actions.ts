'use server';

import { scopedAction } from '@/lib/server/action';
import { completePair } from '@/lib/server/completion/complete-pair';
import { prepareResultsOrder } from '@/lib/server/completion/prepare-results-order';
import { completePairSchema, resultsOrderSchema } from '@/lib/domain/validations/completion';

const revalidate = ['/completion', '/dashboard', '/programs', '/documents'];

export const completePairAction = scopedAction({ schema: completePairSchema, permission: 'mentoring.manage', revalidate }, completePair);
export const prepareResultsOrderAction = scopedAction({ schema: resultsOrderSchema, permission: 'mentoring.manage', revalidate }, prepareResultsOrder);
