// The standalone acknowledgement sheet of an order: a heading naming the order, then the
// table «С приказом ознакомлены:» with the dates and marks of those who have read it.
// `acknowledgementRows` turns entries into the rows the shared part prints; the district
// orders use it for the sheet under their text.
import { formatDate, initialsAfter, quote } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { acknowledgementSheet, BLANK_DATE, BLANK_NUMBER, type AcknowledgementRow } from '@/templates/_parts';
import type { AcknowledgementEntry, AcknowledgementSheetData } from './schema';

export const TITLE = 'Лист ознакомления с приказом';

/** 'Киреева О.А.' | 'МБОУ «СОШ № 1»' | date | mark; an undated paper entry is still to be signed. */
export function acknowledgementRows(entries: AcknowledgementEntry[]): AcknowledgementRow[] {
  return entries.map((e) => ({ name: initialsAfter(e.person), unit: e.unit, date: e.date ?? null, signed: e.signed ?? null, signature: e.signature ?? null }));
}

export function sheetHeading(order: AcknowledgementSheetData['order']): string {
  const date = order.date ? formatDate(order.date) : BLANK_DATE;
  return `${TITLE} ${order.issuer} от ${date} № ${order.number ?? BLANK_NUMBER} ${quote(order.title)}`;
}

export function build(data: AcknowledgementSheetData): DocumentModel {
  const title = sheetHeading(data.order);
  return {
    title,
    blocks: [{ kind: 'title', text: title }, ...acknowledgementSheet({ rows: acknowledgementRows(data.rows), unitHeader: data.unitHeader })],
  };
}
