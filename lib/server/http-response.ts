// HTTP answers of the route handlers (downloads, exports): a file as an attachment (or shown
// inline) with a Russian file name, or a plain Russian message with the right status.
import 'server-only';
import { AppError } from '@/lib/core/errors';
import { incidentMessage, reportIncident } from './incident';

export const textResponse = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** inline: shown by the browser (a PDF in its viewer, in a tab or a frame of our page) rather than saved. */
export function fileResponse(bytes: Uint8Array, filename: string, contentType: string, { inline = false } = {}): Response {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': contentType,
      'content-length': String(bytes.length),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      // Only our own pages may frame a file (the preview of a draft on its document page).
      'x-frame-options': 'SAMEORIGIN',
      'content-security-policy': "frame-ancestors 'self'",
    },
  });
}

/** An AppError becomes its message (404 for "not found"); anything else a 500 with an incident number, details in the log. */
export function appErrorResponse(e: unknown): Response {
  if (!(e instanceof AppError)) {
    const incident = reportIncident(e, 'route failed');
    return textResponse(500, incidentMessage('Не удалось выполнить запрос: внутренняя ошибка.', incident));
  }
  return textResponse(e.code === 'NOT_FOUND' ? 404 : e.code === 'FORBIDDEN' ? 403 : e.code === 'CONFLICT' ? 409 : 422, e.message);
}
