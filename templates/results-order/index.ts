import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export { resultsOrderTitle } from './template';

export const resultsOrder = defineTemplate({ name: 'results-order', class: 'order', title: TITLE, schema, build, example });
