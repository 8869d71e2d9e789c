import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const mentorListOrder = defineTemplate({ name: 'mentor-list-order', class: 'order', title: TITLE, schema, build, example });
