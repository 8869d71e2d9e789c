// Server errors of pages and server components: Next.js shows the user only the error's
// digest (app/error.tsx prints it as the incident number); the log line carries the same
// number with the details, so the two can be matched.
export function onRequestError(error: unknown, request: { path: string; method: string }) {
  const digest = (error as { digest?: string } | null)?.digest ?? 'без номера';
  console.error(`[инцидент ${digest}] ${request.method} ${request.path}:`, error);
}
