// The skeleton every school order shares: head, preamble, «п р и к а з ы в а ю:», numbered
// points, the director's signature, «С приказом ознакомлены» and an optional annex.
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { acknowledgementSheet, annexCaption, directive, type LegalBasis, orderHead, type OrgRequisites, preamble, signature } from '@/templates/_parts';
import { type AcknowledgementEntry, acknowledgementRows } from './staff';
import { preambleText } from './wording';

export interface SchoolOrder {
  /** Register title (without a period); `heading` is what the order prints, when different. */
  title: string;
  heading?: string;
  org: OrgRequisites;
  date: string | null;
  number: string | null;
  legalBases: LegalBasis[];
  /** Clauses after the legal bases: «в целях …», «на основании …». */
  reasons: string[];
  points: NumberedItem[];
  acknowledgement: AcknowledgementEntry[];
  /** The annex approved by the order: its title and body, under «Приложение к приказу …». */
  annex?: { title: string; blocks: Block[] };
}

export function schoolOrder(o: SchoolOrder): DocumentModel {
  const { org } = o;
  return {
    title: o.title,
    leftMarginMm: 30,
    blocks: [
      ...orderHead({ org, date: o.date, number: o.number, title: o.heading ?? o.title }),
      preamble(preambleText(o.legalBases, o.reasons)),
      directive(),
      { kind: 'numbered', items: o.points },
      { kind: 'spacer' },
      signature({ position: [org.headPosition], person: org.head }),
      ...(o.acknowledgement.length
        ? [{ kind: 'spacer' } as const, ...acknowledgementSheet({ rows: acknowledgementRows(o.acknowledgement), unitHeader: 'Должность' })]
        : []),
      ...(o.annex
        ? [
            { kind: 'pageBreak' } as const,
            annexCaption({ annexNo: null, date: o.date, number: o.number }),
            { kind: 'title', text: o.annex.title, align: 'center' } as const,
            ...o.annex.blocks,
          ]
        : []),
    ],
  };
}
