// Forms of the inbox and of the coordinator's reminder.
import { z } from 'zod';
import { uuid } from './fields';

export const markNotificationReadSchema = z.object({ id: uuid });
export const markAllNotificationsReadSchema = z.object({});
export const remindAcknowledgementSchema = z.object({ documentId: uuid });
