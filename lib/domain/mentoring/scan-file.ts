// Consent scans: which uploads are accepted (PDF, JPEG, PNG up to 20 MB), decided by the
// file's first bytes — a renamed executable is not a PDF because its name ends in .pdf.

import { fileTooLargeMessage, MAX_SCAN_BYTES } from '@/lib/domain/uploads';

export { MAX_SCAN_BYTES };
export const SCAN_ADVICE = 'уменьшите разрешение или сожмите скан.';
export const SCAN_TOO_LARGE = fileTooLargeMessage(MAX_SCAN_BYTES, SCAN_ADVICE);

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
  if (bytes.length > MAX_SCAN_BYTES) return SCAN_TOO_LARGE;
  if (!detectScanType(bytes)) return 'Скан должен быть в формате PDF, JPEG или PNG.';
  return null;
}
