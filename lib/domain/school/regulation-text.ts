// A section of the school's Положение as the curator edits it in one textarea: clauses
// separated by a blank line, dash lines («– …») as the enumeration under a clause. The
// template numbers clauses itself (1.1., 1.2.), so the text carries no numbers.
import type { RegulationClause } from '@/templates/school-regulation/defaults';

const DASH = /^\s*[–—-]\s+/;

/** Clauses → the textarea's text. */
export function clausesToText(clauses: RegulationClause[]): string {
  return clauses
    .flatMap((c) => [c, ...(c.subclauses ?? [])])
    .map((c) => [c.text, ...(c.list ?? []).map((item) => `– ${item}`)].join('\n'))
    .join('\n\n');
}

/** The textarea's text → clauses; a line under dash items continues the last item. */
export function textToClauses(text: string): RegulationClause[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map((lines) => {
      const clause: RegulationClause = { text: '' };
      const list: string[] = [];
      for (const line of lines) {
        if (DASH.test(line)) list.push(line.replace(DASH, ''));
        else if (list.length) list[list.length - 1] += ` ${line}`;
        else clause.text = clause.text ? `${clause.text} ${line}` : line;
      }
      if (list.length) clause.list = list;
      // A block that starts with a dash has no lead-in: the first item stands as the clause.
      if (!clause.text) clause.text = clause.list?.shift() ?? '';
      if (clause.list?.length === 0) delete clause.list;
      return clause;
    });
}
