// The limit of mentees per mentor is one number: the school's setting, which the pair and
// bank rules check, and the clause of its Положение. These find the number the Положение
// states, so a draft that says otherwise is refused and the setting cannot drift from an
// issued Положение.
import { menteesLimitClause } from '@/templates/school-regulation/defaults';

const WORDS: Record<string, number> = {
  одного: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
};

const LIMIT = /не более\s+(\d+|[а-яё]+)\s+наставляем/iu;

interface Sections {
  sections: { clauses: { text: string; list?: string[]; subclauses?: { text: string; list?: string[] }[] }[] }[];
}

/** The limit the Положение states, or null when no clause states one. */
export function regulationMenteeLimit(regulation: Sections): number | null {
  for (const section of regulation.sections) {
    for (const clause of section.clauses) {
      for (const text of [clause.text, ...(clause.list ?? []), ...(clause.subclauses ?? []).flatMap((s) => [s.text, ...(s.list ?? [])])]) {
        const m = LIMIT.exec(text);
        if (!m) continue;
        const raw = m[1]!.toLowerCase();
        return /^\d+$/.test(raw) ? Number(raw) : (WORDS[raw] ?? null);
      }
    }
  }
  return null;
}

/** Null when the Положение states the setting; otherwise what to fix, in Russian. */
export function menteeLimitMismatch(regulation: Sections, setting: number): string | null {
  const stated = regulationMenteeLimit(regulation);
  if (stated === setting) return null;
  const expected = `«${menteesLimitClause(setting)}»`;
  return stated === null
    ? `В Положении нет пункта о числе наставляемых у одного наставника: добавьте ${expected} (число — из сведений об организации).`
    : `В Положении указано не более ${stated}, а в сведениях об организации — ${setting} наставляемых на одного наставника: должно быть одно число, ${expected}.`;
}
