import { defineTemplate } from '@/templates/_parts/definition';
import example from './example.json';
import { schema } from './schema';
import { build, TITLE } from './template';

export const mentorRewardOrder = defineTemplate({ name: 'mentor-reward-order', class: 'order', series: 'personnel', title: TITLE, schema, build, example });
