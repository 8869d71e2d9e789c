// @ts-check
// Security headers on every response of the production server — pages, route handlers,
// static assets, /health and page-cache hits alike — set where the response's head is
// written, so no path can miss them. The page CSP with its nonce comes from proxy.ts; a
// response without one (assets, handlers outside the proxy) gets a strict CSP of its own.
//
// Frames: nobody frames the app (frame-ancestors 'none', X-Frame-Options DENY), except that
// the app shows its own PDFs in an <iframe>: a PDF may be framed by the same origin.
//
// HTTPS: behind a TLS-terminating proxy (X-Forwarded-Proto: https) or with an https
// NEXTAUTH_URL, HSTS tells browsers never to use plain HTTP again; next-auth then marks its
// cookies Secure by itself (it follows NEXTAUTH_URL).

const FALLBACK_CSP = "default-src 'self'; object-src 'self'; frame-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** @param {import('node:http').IncomingMessage} req */
function isHttps(req) {
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  return proto === 'https' || /** @type {any} */ (req.socket).encrypted === true || (process.env.NEXTAUTH_URL ?? '').startsWith('https:');
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function applySecurityHeaders(req, res) {
  const https = isHttps(req);
  const writeHead = res.writeHead;
  // Node writes an implicit head through writeHead too, so this sees every response.
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    // Headers passed to writeHead itself win over setHeader: fold them in first.
    const last = args[args.length - 1];
    if (last && typeof last === 'object' && !Array.isArray(last)) {
      for (const [k, v] of Object.entries(last)) if (v !== undefined) res.setHeader(k, v);
      args.pop();
    } else if (Array.isArray(last)) {
      for (let i = 0; i < last.length; i += 2) res.setHeader(last[i], last[i + 1]);
      args.pop();
    }
    const pdf = String(res.getHeader('content-type') ?? '').startsWith('application/pdf');
    let csp = String(res.getHeader('content-security-policy') ?? '') || FALLBACK_CSP;
    if (pdf) csp = csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-frame-options', pdf ? 'SAMEORIGIN' : 'DENY');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    if (https) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return writeHead.apply(res, /** @type {any} */ (args));
  };
}

module.exports = { applySecurityHeaders };
