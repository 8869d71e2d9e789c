import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

// Registered with an outgoing number of the school's general series: the notice is the proof
// that the three working days of ст. 351.8 ТК РФ ran, so it is kept in the register.
export const cancellationNotice = defineTemplate({ name: 'cancellation-notice', class: 'order', title: TITLE, schema, build, example });
