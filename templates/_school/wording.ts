// Wording that several school documents repeat word for word: the names of the school's
// Положение and roadmap, the citation of an act by its date and number, and a preamble
// built from the legal bases.
import { formatDate } from '@/lib/core/russian';
import type { NumberedItem } from '@/lib/documents/model';
import type { LegalBasis } from '@/templates/_parts';
import { BLANK_DATE, BLANK_NUMBER } from '@/templates/_parts';
import type { ActRef } from './fields';

interface Named {
  shortName: string;
}

/** What every school's Положение is about; the titles of the Положение and the roadmap begin with it. */
export const REGULATION_SUBJECT = 'о системе наставничества педагогических работников';

/** 'о системе наставничества педагогических работников в МБОУ «СОШ № 1»' */
export function regulationSubject(org: Named): string {
  return `${REGULATION_SUBJECT} в ${org.shortName}`;
}

/** 'от 01.09.2025 № 181-од', with blanks for a draft. */
export function dateAndNumber(ref: ActRef): string {
  return `от ${ref.date ? formatDate(ref.date) : BLANK_DATE} № ${ref.number ?? BLANK_NUMBER}`;
}

/** 'Положением о системе … в МБОУ «СОШ № 1», утвержденным приказом от 01.09.2025 № 181-од' (instrumental). */
export function regulationCited(org: Named, approvedBy: ActRef): string {
  return `Положением ${regulationSubject(org)}, утвержденным приказом ${dateAndNumber(approvedBy)}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** «с приказом», but «со статьей», «со своим»: «со» before a cluster starting with с, з, ш, ж. */
function withPreposition(phrase: string): string {
  return /^[сзшж][бвгджзклмнпрстфхцчшщ]/i.test(phrase) ? `со ${phrase}` : `с ${phrase}`;
}

/**
 * 'В соответствии с A, B, <reasons>,' — the reasons of an order, ending with a comma before
 * «п р и к а з ы в а ю:» as real orders have it. Without legal bases the reasons open the sentence.
 */
export function preambleText(bases: LegalBasis[], reasons: string[]): string {
  const clean = (s: string) => s.trim().replace(/[.,;:\s]+$/, '');
  const cited = bases.map((b) => clean(b.title));
  const parts = [...(cited.length ? [`В соответствии ${withPreposition(cited.join(', '))}`] : []), ...reasons.map(clean)];
  return `${capitalize(parts.join(', '))},`;
}

/** Items of an enumeration inside a point: each ends with «;», the last with «.». */
export function enumerationItems(items: string[]): NumberedItem[] {
  return items.map((item, i) => ({ text: `${item.trim().replace(/[.,;:\s]+$/, '')}${i === items.length - 1 ? '.' : ';'}` }));
}
