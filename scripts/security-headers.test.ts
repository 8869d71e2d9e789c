// The security headers of scripts/server.cjs on a real HTTP server: every kind of response,
// pages replayed by the page cache included, carries them; only a PDF may be framed, by the
// app itself; HSTS only over HTTPS.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache.cjs';
import { applySecurityHeaders } from './security-headers.cjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const PAGE_CSP = "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; frame-ancestors 'none'";

async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void) {
  const cache = createPageCache({ version: async () => 'org:0:1:1', sessionExpiresAt: async () => Date.now() + 3_600_000 });
  const server = http.createServer((req, res) => {
    applySecurityHeaders(req, res);
    void cache.handle(req, res, async (rq, rs) => handler(rq, rs));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const common = (h: Headers) => ({
  nosniff: h.get('x-content-type-options'),
  referrer: h.get('referrer-policy'),
  permissions: h.get('permissions-policy')?.includes('camera=()'),
});

describe('security headers', () => {
  it('are on a rendered page and on its page-cache replay, with the page’s own CSP', async () => {
    const base = await serve((_req, res) => {
      res.setHeader('content-security-policy', PAGE_CSP);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html>страница</html>');
    });
    const headers = { cookie: 'next-auth.session-token=abc' };
    const miss = await fetch(`${base}/dashboard`, { headers });
    const hit = await fetch(`${base}/dashboard`, { headers });
    expect(hit.headers.get('x-page-cache')).toBe('hit');
    for (const r of [miss, hit]) {
      expect(common(r.headers)).toEqual({ nosniff: 'nosniff', referrer: 'same-origin', permissions: true });
      expect(r.headers.get('content-security-policy')).toBe(PAGE_CSP);
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('give a response without a CSP a strict one, also when the handler passes headers to writeHead', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('нет');
    });
    const r = await fetch(`${base}/x.txt`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(common(r.headers)).toEqual({ nosniff: 'nosniff', referrer: 'same-origin', permissions: true });
  });

  it('let the app frame its own PDFs and nobody else', async () => {
    const base = await serve((_req, res) => {
      res.setHeader('content-security-policy', PAGE_CSP);
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7');
    });
    const r = await fetch(`${base}/documents/1/download/pdf`);
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(r.headers.get('content-security-policy')).not.toContain("frame-ancestors 'none'");
  });

  it('add HSTS behind a TLS-terminating proxy', async () => {
    const base = await serve((_req, res) => {
      res.end('ok');
    });
    const r = await fetch(`${base}/login`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
