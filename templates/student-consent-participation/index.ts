import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const studentConsentParticipation = defineTemplate({ name: 'student-consent-participation', class: 'form', title: TITLE, schema, build, example });
