import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

// Registered with a number of the school's general series, like its orders: the register is
// where the employer's copy of a signed change to the employment terms is found again.
export const agreementAmendment = defineTemplate({ name: 'agreement-amendment', class: 'order', title: TITLE, schema, build, example });
