'use server';

import { markAllNotificationsReadSchema, markNotificationReadSchema } from '@/lib/domain/validations/notifications';
import { scopedAction } from '@/lib/server/action';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/server/notifications/mark-read';

export const markNotificationReadAction = scopedAction({ schema: markNotificationReadSchema, permission: 'account.own' }, markNotificationRead);

export const markAllNotificationsReadAction = scopedAction({ schema: markAllNotificationsReadSchema, permission: 'account.own' }, (ctx) =>
  markAllNotificationsRead(ctx),
);
