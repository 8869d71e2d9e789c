// The route's title names the document; the school-year card is titled «Карта …» (TITLES.card).
import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLES } from './template';

export const iom = defineTemplate({ name: 'iom', class: 'form', title: TITLES.route, schema, build, example });
