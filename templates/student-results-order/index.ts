import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentResultsOrder = defineTemplate({ name: 'student-results-order', class: 'order', title: TITLE, schema, build, example });
