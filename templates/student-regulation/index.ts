import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentRegulation = defineTemplate({ name: 'student-regulation', class: 'annex', title: TITLE, schema, build, example });
