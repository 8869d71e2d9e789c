// Bounds of an uploaded staff list: the file, the sheet and one cell. Shared by the reader,
// the upload form (checked before sending) and the import schemas (checked again on the server).
import { MAX_SPREADSHEET_BYTES } from '@/lib/domain/uploads';

export const MAX_FILE_BYTES = MAX_SPREADSHEET_BYTES;
export const MAX_SHEET_ROWS = 2000;
export const MAX_SHEET_COLUMNS = 50;
/** Longer cells are cut here: still too long for any field, so the row error says so. */
export const MAX_CELL_CHARS = 1000;
/** All cells together; keeps the rows the browser sends back within the server action limit. */
export const MAX_SHEET_CHARS = 3_000_000;
/**
 * An XLSX is a ZIP: a small file may expand enormously (a 1.26 MB file to 350 MB took a worker
 * to 1 GB). A real staff list of 2000 rows expands to a few megabytes in a dozen entries.
 */
export const MAX_XLSX_EXPANDED_BYTES = 64 * 1024 * 1024;
export const MAX_XLSX_ENTRIES = 500;
