// @ts-check
// GET /health for load balancers and supervisors: 200 when PostgreSQL answers and every
// migration this build ships has been applied, 503 otherwise (a node of a rolling upgrade
// whose database is behind, or lost, takes no traffic). Served before Next.js and the page
// cache: it never renders, never caches, and costs one query.
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {{ query: (text: string) => Promise<{ rows: any[] }> }} pool
 * @param {string} [migrationsFolder]
 */
function createHealthCheck(pool, migrationsFolder = path.join(__dirname, '..', 'db', 'migrations')) {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
  /** @type {number} */
  const expected = journal.entries.at(-1).when;

  /** @returns {Promise<{ status: number, body: Record<string, unknown> }>} */
  async function check() {
    let latest;
    try {
      const { rows } = await pool.query('select max(created_at)::text as latest from drizzle.__drizzle_migrations');
      latest = rows[0]?.latest == null ? null : Number(rows[0].latest);
    } catch {
      // The reason goes nowhere public: a load balancer needs only the verdict.
      return { status: 503, body: { status: 'unavailable', database: 'unreachable' } };
    }
    if (latest !== expected) {
      return { status: 503, body: { status: 'unavailable', database: 'ok', migrations: latest === null || latest < expected ? 'behind' : 'ahead' } };
    }
    return { status: 200, body: { status: 'ok', database: 'ok', migrations: 'current' } };
  }

  /** @param {import('node:http').ServerResponse} res */
  async function respond(res) {
    const { status, body } = await check();
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  return { check, respond };
}

/**
 * SIGTERM: stop accepting connections, let every request in flight finish (up to `graceMs`),
 * then `after()` (close pools) and exit 0. Keep-alive connections that sit idle are closed
 * at once so they do not hold the shutdown open.
 * @param {import('node:http').Server} server
 * @param {{ graceMs?: number, after?: () => Promise<unknown>, exit?: (code: number) => void }} [opts]
 */
function gracefulShutdown(server, opts = {}) {
  const exit = opts.exit ?? ((code) => process.exit(code));
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => exit(0), opts.graceMs ?? 25_000);
    timer.unref();
    server.close(() => {
      Promise.resolve(opts.after?.())
        .catch(() => undefined)
        .finally(() => {
          clearTimeout(timer);
          exit(0);
        });
    });
    server.closeIdleConnections();
  };
}

module.exports = { createHealthCheck, gracefulShutdown };
