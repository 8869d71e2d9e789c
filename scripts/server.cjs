// @ts-check
// The production HTTP server: Next.js behind the page cache (scripts/page-cache.cjs).
// `npm start` runs one per core through scripts/cluster.cjs; tests run one directly.
// Usage: node scripts/server.cjs -p 3000 [-H host]   (needs DATABASE_URL, NEXTAUTH_SECRET)
Object.assign(process.env, { NODE_ENV: 'production' });
/** @type {import('node:cluster').Cluster} Its typings declare only the ESM default; `require` returns the object itself. */
const cluster = /** @type {any} */ (require('node:cluster'));
const { randomBytes } = require('node:crypto');
const http = require('node:http');
const path = require('node:path');
/** @type {typeof import('next').default} `require('next')` is the function itself; its typings only declare the ESM default. */
const next = /** @type {any} */ (require('next'));
const { getToken } = require('next-auth/jwt');
const { Pool } = require('pg');
const { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } = require('./client-address.cjs');
const { createHealthCheck, gracefulShutdown } = require('./health.cjs');
const { createPageCache } = require('./page-cache.cjs');
const { applySecurityHeaders } = require('./security-headers.cjs');
const { createVersionBatcher } = require('./version-batch.cjs');

/** @param {string} flag @param {string} fallback */
function option(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(option('-p', process.env.PORT ?? '3000'));
const hostname = option('-H', '0.0.0.0');

/** A page view needs one round trip here; a small pool of its own keeps it off the app's. */
const VERSION_POOL_SIZE = 2;
const versionPool = new Pool({ connectionString: process.env.DATABASE_URL, max: VERSION_POOL_SIZE });
versionPool.on('error', () => undefined);
const health = createHealthCheck(versionPool);

/** Cookies as next-auth's SessionStore reads them (it accepts a plain object). */
/** @param {string | undefined} header */
function cookiesOf(header) {
  /** @type {Record<string, string>} */
  const jar = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return jar;
}

/** The user and expiry of a session by Cookie header: decoding a token derives its key (HKDF) every time. */
/** @type {Map<string, { userId: string, expiresAt: number } | null>} */
const sessions = new Map();

/** @param {import('node:http').IncomingMessage} req */
async function sessionOf(req) {
  const cookie = req.headers.cookie ?? '';
  const known = sessions.get(cookie);
  if (known !== undefined) return known;
  // @ts-expect-error: getToken reads only `headers` and `cookies` of the request.
  const token = await getToken({ req: { headers: req.headers, cookies: cookiesOf(cookie) } }).catch(() => null);
  const session = typeof token?.exp === 'number' && typeof token.uid === 'string' ? { userId: token.uid, expiresAt: token.exp * 1000 } : null;
  if (sessions.size >= 10_000) sessions.clear();
  sessions.set(cookie, session);
  return session;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the user's pages depend on (their organization's subtree and ancestors), as the database counts changes: migration 0017_org_changes_triggers. */
const versionOf = createVersionBatcher(async (ids) => {
  const { rows } = await versionPool.query('select u::text as id, page_cache_version(u) as v from unnest($1::uuid[]) u', [ids]);
  return new Map(rows.map((r) => [r.id, r.v]));
}, VERSION_POOL_SIZE);

/** A worker of scripts/cluster.cjs shares what it renders with its siblings through the primary. */
const inCluster = cluster.isWorker;

const cache = createPageCache({
  version: async (req) => {
    const session = await sessionOf(req);
    if (!session || !UUID.test(session.userId)) return null;
    return versionOf(session.userId.toLowerCase());
  },
  sessionExpiresAt: async (req) => (await sessionOf(req))?.expiresAt ?? null,
  share: inCluster ? (news) => process.send?.({ pageCache: news }) : undefined,
});
if (inCluster) {
  process.on('message', (/** @type {any} */ message) => {
    const news = message?.pageCache;
    if (!news) return;
    // Structured clone hands a Buffer over as a plain Uint8Array.
    const body = news.entry?.body;
    cache.fromPeer(body ? { ...news, entry: { ...news.entry, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) } } : news);
  });
}

async function main() {
  const app = next({ dev: false, dir: path.join(__dirname, '..'), hostname, port });
  const handler = app.getRequestHandler();
  await app.prepare();
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const server = http.createServer((req, res) => {
    applySecurityHeaders(req, res);
    if (req.url === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      void health.respond(res);
      return;
    }
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxies);
    cache.handle(req, res, handler).catch((error) => {
      const incident = randomBytes(4).toString('hex').toUpperCase();
      console.error(`[инцидент ${incident}] request failed ${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Внутренняя ошибка сервера. Номер инцидента: ${incident} — сообщите его администратору.`);
    });
  });
  server.listen(port, hostname);
  const stop = gracefulShutdown(server, { after: () => versionPool.end() });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
