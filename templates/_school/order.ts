// The skeleton every school order shares: head, preamble, «п р и к а з ы в а ю:», numbered
// points, the director's signature, «С приказом ознакомлены» and an optional annex.
import { pageGeometry } from '@/lib/documents/layout';
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { wantsLandscape } from '@/lib/documents/orientation';
import { acknowledgementSheet, annexCaption, directive, type LegalBasis, orderHead, type OrgRequisites, preamble, signature } from '@/templates/_parts';
import { typesetModel } from '@/templates/_parts/typeset';
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

const LEFT_MARGIN_MM = 30;

/**
 * An annex with a table too wide for a portrait page (seven or more columns whose words would be
 * cut) goes on landscape pages, as schools print the pair-order annex. Measured as printed, with
 * the no-break spaces that bind initials to names.
 */
function annexOrientation(blocks: Block[]): 'portrait' | 'landscape' {
  const portrait = pageGeometry({ title: '', leftMarginMm: LEFT_MARGIN_MM, blocks: [] });
  const typeset = typesetModel({ title: '', blocks }).blocks;
  return typeset.some((b) => b.kind === 'table' && wantsLandscape(b, portrait)) ? 'landscape' : 'portrait';
}

export function schoolOrder(o: SchoolOrder): DocumentModel {
  const { org } = o;
  return {
    title: o.title,
    leftMarginMm: LEFT_MARGIN_MM,
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
            { kind: 'pageBreak', orientation: annexOrientation(o.annex.blocks) } as const,
            annexCaption({ annexNo: null, date: o.date, number: o.number }),
            { kind: 'title', text: o.annex.title, align: 'center' } as const,
            ...o.annex.blocks,
          ]
        : []),
    ],
  };
}
