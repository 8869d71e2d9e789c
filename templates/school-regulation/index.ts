import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const schoolRegulation = defineTemplate({ name: 'school-regulation', class: 'annex', title: TITLE, schema, build, example });
