import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const schoolRoadmap = defineTemplate({ name: 'school-roadmap', class: 'annex', title: TITLE, schema, build, example });
