import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const consentPersonalData = defineTemplate({ name: 'consent-personal-data', class: 'form', title: TITLE, schema, build, example });
