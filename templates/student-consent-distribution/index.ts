import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentConsentDistribution = defineTemplate({ name: 'student-consent-distribution', class: 'form', title: TITLE, schema, build, example });
