'use server';

import { completePairSchema, resultsOrderSchema } from '@/lib/domain/validations/completion';
import { scopedAction } from '@/lib/server/action';
import { completePair } from '@/lib/server/completion/complete-pair';
import { prepareResultsOrder } from '@/lib/server/completion/prepare-results-order';

const revalidate = ['/completion', '/dashboard', '/programs', '/documents'];

export const completePairAction = scopedAction({ schema: completePairSchema, permission: 'mentoring.manage', revalidate }, completePair);
export const prepareResultsOrderAction = scopedAction({ schema: resultsOrderSchema, permission: 'mentoring.manage', revalidate }, prepareResultsOrder);
