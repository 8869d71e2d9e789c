// Consent scans: which uploads are accepted (PDF, JPEG, PNG up to 5 MB), decided by the
// file's first bytes — a renamed executable is not a PDF because its name ends in .pdf.

export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: { type: ScanType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function detectScanType(bytes: Uint8Array): ScanType | null {
  return SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.type ?? null;
}

export const SCAN_EXTENSIONS: Record<ScanType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A Russian message for a rejected scan, or null when it is accepted. */
export function scanProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'Файл скана пустой.';
  if (bytes.length > MAX_SCAN_BYTES) return 'Скан больше 5 МБ: уменьшите разрешение или сожмите файл.';
  if (!detectScanType(bytes)) return 'Скан должен быть в формате PDF, JPEG или PNG.';
  return null;
}
