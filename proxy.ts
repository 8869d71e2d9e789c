// Content-Security-Policy of every page: scripts run only from the app's own origin and
// only with this response's nonce (Next.js reads the nonce from the request's CSP header and
// puts it on every script it renders), so an injected <script> never runs. Styles allow
// inline `style` attributes, which React components use; no script can be smuggled through them.
// The app embeds its own PDFs (frame-src/object-src 'self') but is never framed by anyone:
// frame-ancestors 'none' (scripts/security-headers.cjs relaxes it to 'self' on the PDFs
// themselves and adds the headers that need no nonce to every response).
import { type NextRequest, NextResponse } from 'next/server';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: static assets, the icon and the files of route handlers need no nonce.
      source: '/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
