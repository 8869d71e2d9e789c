import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const districtOrderDuties = defineTemplate({ name: 'district-order-duties', class: 'order', title: TITLE, schema, build, example });
