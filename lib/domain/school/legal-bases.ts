// The legal bases an organization cites in its preambles (organizations.legalBases): a
// worded title each, and for an order of a higher authority the structured requisites it
// was composed from, so the settings form can show issuer, date, number and title again.
import { formatDate, quote } from '@/lib/core/russian';

/** A higher authority's act: «приказом Министерства … от 24.03.2022 № 404 «Об …»». */
export interface ActRequisites {
  /** Who issued it and what it is, in the instrumental case: «приказом Министерства образования и науки Алтайского края». */
  issuer: string;
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  number: string;
  /** The act's own title, without quotes: «Об утверждении положения …». */
  name: string;
}

/** One stored entry: the worded title, with the requisites where it was entered as an act. */
export interface StoredLegalBasis {
  title: string;
  act?: ActRequisites;
}

/** «приказом Министерства … от 24.03.2022 № 404 «Об утверждении …»» */
export function composeActTitle(act: ActRequisites): string {
  const issuer = act.issuer.trim().replace(/\s+/g, ' ');
  return `${issuer} от ${formatDate(act.date)} № ${act.number.trim().replace(/^№\s*/, '')} ${quote(act.name)}`;
}

const ACT_TITLE = /^(.+?) от (\d{2})\.(\d{2})\.(\d{4}) № (\S+) «(.+)»$/s;

/**
 * The requisites of a title worded as composeActTitle words it, or null: lets an entry
 * kept as plain text (the federal defaults, older data) be edited field by field.
 */
export function parseActTitle(title: string): ActRequisites | null {
  const m = ACT_TITLE.exec(title.trim());
  if (!m) return null;
  const [, issuer, dd, mm, yyyy, number, name] = m;
  return { issuer: issuer!, date: `${yyyy}-${mm}-${dd}`, number: number!, name: name! };
}
