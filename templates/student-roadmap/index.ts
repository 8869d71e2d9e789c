import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentRoadmap = defineTemplate({ name: 'student-roadmap', class: 'annex', title: TITLE, schema, build, example });
