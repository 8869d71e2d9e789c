import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

// Registered in the school's own series of additional agreements («ДС-N», counted per calendar
// year like every registration journal), not among its orders: a secretary keeps agreements to
// employment contracts in their own journal, and an agreement must not take an order's number.
// The register is where the employer's copy of a signed change is found again.
export const agreementAmendment = defineTemplate({ name: 'agreement-amendment', class: 'order', series: 'agreement', title: TITLE, schema, build, example });
