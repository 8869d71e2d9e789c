// What a notification is about; the database enum is built from this list.
export const NOTIFICATION_KINDS = [
  /** An order addressed to a head or a teacher was issued: acknowledge it. */
  'document_issued',
  /** The district coordinator reminds a head who has not acknowledged yet. */
  'acknowledgement_reminder',
  /** A pair still misses consents, so its order cannot be issued. */
  'consents_missing',
  /** A pair's term ends within the window. */
  'pair_ending',
  /** A monitoring campaign's deadline is near and the school has not submitted. */
  'monitoring_deadline',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How many days ahead a pair's end or a monitoring deadline is announced. */
export const NOTICE_WINDOW_DAYS = 14;
