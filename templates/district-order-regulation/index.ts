// Titled after the Положение the wizard starts from (the example's), as the register shows it.
import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, regulationOrderTitle } from './template';

export { regulationOrderTitle } from './template';

export const districtOrderRegulation = defineTemplate({ name: 'district-order-regulation', class: 'order', title: regulationOrderTitle(example.regulationName), schema, build, example });
