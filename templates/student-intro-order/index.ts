import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export { studentIntroOrderTitle } from './template';

export const studentIntroOrder = defineTemplate({ name: 'student-intro-order', class: 'order', title: TITLE, schema, build, example });
