// How large an uploaded file may be, per kind, and the Russian message that names the limit.
// The browser checks before sending (a file over the server action body limit would never
// reach the action, and the user would see only a generic failure); the action's schema
// checks again, because the browser's check is a courtesy, not a guard.
import { z } from 'zod';

export const MB = 1024 * 1024;

/** A signed consent scanned page by page: a multi-page PDF at 300 dpi runs to megabytes. */
export const MAX_SCAN_BYTES = 20 * MB;
/** A staff, school or municipality list: a few thousand rows are well below it. */
export const MAX_SPREADSHEET_BYTES = 2 * MB;

/**
 * next.config.js `experimental.serverActions.bodySizeLimit`, in MB: just above the largest
 * upload plus the form's other fields, so an oversized file still reaches the action, whose
 * own check answers in Russian (uploads.test.ts keeps the two equal).
 */
export const ACTION_BODY_LIMIT_MB = 21;

export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} МБ`;

/** «Файл больше 20 МБ: …» — the first words name the limit, the advice says what to do. */
export const fileTooLargeMessage = (max: number, advice: string) => `Файл больше ${megabytes(max)}: ${advice}`;

/** For the browser before sending: the message, or null when the file may go. */
export function fileSizeProblem(file: { size: number } | null | undefined, max: number, advice: string): string | null {
  return file && file.size > max ? fileTooLargeMessage(max, advice) : null;
}

export const SPREADSHEET_ADVICE = 'разделите список на части или сохраните в файле только нужный лист.';

/** A required spreadsheet upload (XLSX or CSV) within the spreadsheet limit. */
export const spreadsheetFile = (advice = SPREADSHEET_ADVICE) =>
  z
    .file({ error: 'Выберите файл XLSX или CSV.' })
    .min(1, 'Файл пустой.')
    .max(MAX_SPREADSHEET_BYTES, fileTooLargeMessage(MAX_SPREADSHEET_BYTES, advice));
