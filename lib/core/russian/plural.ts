// Agreement of a noun with a number: 1 пара, 2 пары, 5 пар.

/**
 * Picks the form for `n`: 1, 21, 101 → one; 2–4, 22–24 → few; 0, 5–20, 11–14, 111–114 → many.
 * Fractions take the genitive singular («1,5 пары»), which is the "few" form.
 */
export function plural(n: number, forms: [one: string, few: string, many: string]): string {
  const [one, few, many] = forms;
  if (!Number.isInteger(n)) return few;
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
