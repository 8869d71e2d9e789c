import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const pairTerminationOrder = defineTemplate({ name: 'pair-termination-order', class: 'order', title: TITLE, schema, build, example });
