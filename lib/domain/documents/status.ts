// The Russian words for a document's state, for everything written outside the UI (CSV
// inventories): the register shows the same words (components/documents/status-label.tsx).
export type DocumentStatus = 'draft' | 'issued' | 'cancelled' | 'amended';

export const DOCUMENT_STATUS_WORDS: Record<DocumentStatus, string> = {
  draft: 'проект',
  issued: 'издан',
  cancelled: 'отменён',
  amended: 'изменён',
};
