import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

// Registered in the school's own series of notices to employees («У-N», per calendar year), not
// among its orders: the notice is the proof that the three working days of ст. 351.8 ТК РФ ran,
// so it is kept in the register, but it must not take an order's number.
export const cancellationNotice = defineTemplate({ name: 'cancellation-notice', class: 'order', series: 'notice', title: TITLE, schema, build, example });
