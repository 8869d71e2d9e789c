import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export { introOrderTitle } from './template';

export const schoolIntroOrder = defineTemplate({ name: 'school-intro-order', class: 'order', title: TITLE, schema, build, example });
