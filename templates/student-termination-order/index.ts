import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentTerminationOrder = defineTemplate({ name: 'student-termination-order', class: 'order', title: TITLE, schema, build, example });
