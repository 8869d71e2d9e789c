// Dates in staff spreadsheets as schools keep them: «05.11.2019», «5.11.19» is refused
// (two-digit years are ambiguous), ISO «2019-11-05», Excel date cells (already turned into
// ISO by the sheet reader) and bare Excel serial numbers. Returns ISO 'YYYY-MM-DD' or a
// Russian reason.

export type DateParse = { ok: true; date: string } | { ok: false; error: string };

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Serials below this (before 18.05.1927) are more likely a year or a typo than a date a
// teacher was born or started work on.
const MIN_SERIAL = 10_000;
const MAX_SERIAL = 80_000; // 2119
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30); // serial 0 in the 1900 date system after its leap-year bug

/** Excel serial day number (1900 date system) → ISO date; the time fraction is ignored. */
export function excelSerialToIso(serial: number): string {
  const ms = EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function parseSheetDate(raw: string): DateParse {
  const s = raw.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*г\.?)?$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (dotted || iso) {
    const [y, m, d] = dotted ? [dotted[3], dotted[2], dotted[1]].map(Number) : [iso![1], iso![2], iso![3]].map(Number);
    const date = calendarDate(y!, m!, d!);
    return date ? { ok: true, date } : { ok: false, error: `«${s}» — такой даты нет в календаре` };
  }
  if (/^\d+(?:[.,]\d+)?$/.test(s)) {
    const serial = Number(s.replace(',', '.'));
    if (serial >= MIN_SERIAL && serial < MAX_SERIAL) return { ok: true, date: excelSerialToIso(serial) };
  }
  return { ok: false, error: `«${s.length > 40 ? `${s.slice(0, 40)}…` : s}» — не дата; укажите дату как ДД.ММ.ГГГГ` };
}
