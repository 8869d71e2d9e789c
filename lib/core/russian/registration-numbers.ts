// ОГРН and ИНН of an organization: their lengths and check digits (ФНС's published
// algorithms), so that a mistyped digit is caught when typed rather than printed on a бланк.

const digits = (s: string) => [...s].map(Number);

function innCheck(d: number[], weights: number[]): number {
  return (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11) % 10;
}

/** A Russian message for a wrong ОГРН (13 digits; an ОГРНИП has 15), or null when it is right. */
export function ogrnProblem(value: string): string | null {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return 'ОГРН состоит из 13 цифр (ОГРНИП — из 15).';
  const body = BigInt(value.slice(0, -1));
  const check = Number((body % (value.length === 13 ? 11n : 13n)) % 10n);
  return check === Number(value.at(-1)) ? null : 'ОГРН введён с ошибкой: не сходится контрольная цифра.';
}

/** A Russian message for a wrong ИНН (10 digits for an organization, 12 for a person), or null. */
export function innProblem(value: string): string | null {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return 'ИНН состоит из 10 цифр (у физического лица — из 12).';
  const d = digits(value);
  const ok =
    d.length === 10
      ? innCheck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9]
      : innCheck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && innCheck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  return ok ? null : 'ИНН введён с ошибкой: не сходится контрольная цифра.';
}
