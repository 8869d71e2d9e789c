// @ts-check
// A cache of rendered pages in front of Next.js, for signed-in GET requests.
//
// Why: a server-rendered App Router page costs 20–40 ms of CPU here however small it is
// (bench/render-cost.ts), which caps two cores at under 100 pages/s; most requests
// (dashboards, registers) re-render unchanged data.
//
// Correctness rests on a version the database computes for the request's user
// (`options.version`; in production `page_cache_version()`, migration
// 0015_org_changes_triggers): the sum of the change counters that triggers bump, as the
// writing transaction commits, for every organization a write touches — over the user's organization,
// its subtree, its ancestors and a global counter. A committed write to anything a page of the
// user can show changes the value; a write in another school does not. An entry stores the
// version read *before* its render and is served only while the current version is the same.
// The check is one round trip to the database every instance shares, so several workers and
// several machines stay consistent with each other and a user always sees their own writes,
// whether made through the app, a script or psql. Time-dependent text (today's date,
// deadlines) is bounded by a short lifetime, and an entry never outlives the session it was
// rendered for.
//
// The key is the URL, the whole Cookie header (so an entry belongs to one session) and the
// request headers Next.js varies its output on (RSC navigation, prefetch, encoding).

const stream = require('node:stream');

const VARY_HEADERS = ['accept-encoding', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];
const CACHEABLE_TYPES = /^(text\/html|text\/x-component)\b/;
/** Hop-by-hop and per-response headers that are not replayed from an entry. */
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, version: string, expiresAt: number }} Entry
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {(req: Req, res: Res) => Promise<void>} Handler
 * @typedef {{
 *   version: (req: Req) => Promise<string | null>,
 *   sessionExpiresAt: (req: Req) => Promise<number | null>,
 *   ttlMs?: number,
 *   maxBytes?: number,
 *   maxEntryBytes?: number,
 *   now?: () => number,
 *   share?: (news: News) => void,
 *   peerWaitMs?: number,
 * }} Options
 * @typedef {{ key: string, version: string, entry?: Entry | null }} News  a render that began (no
 *   `entry`) or ended (its entry; null when it was not kept), told to the other workers
 * @typedef {{ version: string, entry: Promise<Entry | null> }} Rendering  a render under way here
 * @typedef {{ entry: Promise<Entry | null>, settle: (entry: Entry | null) => void }} PeerRendering
 *   a render another worker announced; `settle` ends the wait for it
 */

/**
 * Requests the cache may answer: signed-in page views, not API calls, assets or actions.
 * @param {Req} req
 */
function isCandidate(req) {
  const url = req.url ?? '';
  return (
    req.method === 'GET' &&
    /session-token=/.test(req.headers.cookie ?? '') &&
    !url.startsWith('/api/') &&
    !url.startsWith('/_next/') &&
    !req.headers['next-action']
  );
}

/** @param {Req} req */
function keyOf(req) {
  return [req.url, req.headers.cookie, ...VARY_HEADERS.map((h) => req.headers[h] ?? '')].join('\n');
}

/**
 * Runs `handler` while recording what it sends, without changing what the client gets.
 * @param {Req} req @param {Res} res @param {Handler} handler
 */
async function capture(req, res, handler) {
  /** @type {Buffer[]} */
  const chunks = [];
  /** @type {Record<string, string | string[]>} */
  const headArgs = {};
  /** @type {(chunk: unknown, encoding: unknown) => Buffer} */
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
        : Buffer.from(/** @type {Uint8Array} */ (chunk));
  /** @type {any} The overloaded methods are wrapped as they are, arguments passed through. */
  const patched = res;
  const { write, end, writeHead } = patched;
  patched.writeHead = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
    const headers = rest.find((a) => a && typeof a === 'object');
    if (headers && !Array.isArray(headers)) Object.assign(headArgs, headers);
    return writeHead.call(this, status, ...rest);
  };
  patched.write = function (/** @type {unknown} */ chunk, /** @type {any[]} */ ...rest) {
    if (chunk != null) chunks.push(toBuffer(chunk, rest[0]));
    return write.call(this, chunk, ...rest);
  };
  patched.end = function (/** @type {unknown} */ chunk, /** @type {any[]} */ ...rest) {
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
    return end.call(this, chunk, ...rest);
  };
  // Settles even for a response whose client had left before it began: its 'close' is past.
  const finished = new Promise((resolve) => stream.finished(res, () => resolve(res.writableFinished)));
  await handler(req, res);
  const ok = await finished;
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headArgs })) {
    const lower = name.toLowerCase();
    if (!NOT_STORED.has(lower) && value !== undefined) headers[lower] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return { ok, status: res.statusCode, headers, body: Buffer.concat(chunks) };
}

/** @param {Options} options */
function createPageCache(options) {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const now = options.now ?? Date.now;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  const peerWaitMs = options.peerWaitMs ?? 10_000;
  /** Renders under way here, so that concurrent misses of one key wait for one render. */
  /** @type {Map<string, Rendering>} */
  const rendering = new Map();
  /**
   * Renders under way in other workers, by version and key: a view waits for the one of its own
   * version, and each wait ends with its own render's news whatever else starts meanwhile.
   * @type {Map<string, PeerRendering>}
   */
  const peerRendering = new Map();
  /** @param {string} key @param {string} version */
  const peerKey = (key, version) => `${version}\n${key}`;
  let bytes = 0;

  /** @param {string} key */
  function remove(key) {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= e.body.length;
  }

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      remove(oldest);
    }
  }

  /** @param {Res} res @param {Entry} entry @param {'hit' | 'shared'} state */
  function send(res, entry, state) {
    res.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.length, 'x-page-cache': state });
    res.end(entry.body);
  }

  /** @param {Req} req @param {Res} res @param {Handler} handler @param {string} key @param {string} version */
  async function render(req, res, handler, key, version) {
    options.share?.({ key, version });
    /** @type {Entry | null} */
    let entry = null;
    try {
      entry = await renderAndKeep(req, res, handler, key, version);
    } finally {
      options.share?.({ key, version, entry });
    }
    return entry;
  }

  /** @param {Req} req @param {Res} res @param {Handler} handler @param {string} key @param {string} version */
  async function renderAndKeep(req, res, handler, key, version) {
    res.setHeader('x-page-cache', 'miss');
    const sent = await capture(req, res, handler);
    const cacheable =
      sent.ok &&
      sent.status === 200 &&
      CACHEABLE_TYPES.test(String(sent.headers['content-type'] ?? '')) &&
      !sent.headers['set-cookie'] &&
      sent.body.length <= maxEntryBytes;
    if (!cacheable) return null;
    const sessionEnds = await options.sessionExpiresAt(req);
    if (sessionEnds === null) return null;
    delete sent.headers['x-page-cache'];
    /** @type {Entry} */
    const entry = { status: sent.status, headers: sent.headers, body: sent.body, version, expiresAt: Math.min(now() + ttlMs, sessionEnds) };
    store(key, entry);
    return entry;
  }

  /**
   * News of another worker's render (`share` there), so that a page is rendered once per machine
   * rather than once per worker: while it renders, views of the same key and version here wait
   * for it (at most `peerWaitMs`, then render themselves); what it keeps is kept here too, and
   * checked against the current version on every view like an entry rendered here.
   * @param {News} news
   */
  function fromPeer({ key, version, entry }) {
    const pk = peerKey(key, version);
    if (entry === undefined) {
      if (rendering.get(key)?.version === version || peerRendering.has(pk)) return;
      /** @type {(entry: Entry | null) => void} */
      let resolve = () => undefined;
      const promise = new Promise((r) => (resolve = r));
      const timer = setTimeout(() => settle(null), peerWaitMs);
      timer.unref?.();
      /** @param {Entry | null} e */
      const settle = (e) => {
        clearTimeout(timer);
        peerRendering.delete(pk);
        resolve(e);
      };
      peerRendering.set(pk, { entry: /** @type {Promise<Entry | null>} */ (promise), settle });
      return;
    }
    if (entry) adopt(key, entry);
    peerRendering.get(pk)?.settle(entry);
  }

  /** @param {string} key @param {Entry} entry */
  function adopt(key, entry) {
    // Of two renders of one key the later one (expiring later) is kept: it read the newer version.
    // A stale one kept by mistake would only cost a render: every view checks the version.
    const own = entries.get(key);
    if (own && own.expiresAt >= entry.expiresAt) return;
    if (entry.body.length > maxEntryBytes || now() >= entry.expiresAt) return;
    store(key, entry);
  }

  /**
   * Answers `req` from the cache when nothing its user's pages depend on has changed since the
   * entry was rendered; otherwise lets `handler` (Next.js) render it and keeps the result.
   * A request without a known user (no valid session) is rendered and not kept.
   * @param {Req} req @param {Res} res @param {Handler} handler
   * @returns {Promise<void>}
   */
  async function handle(req, res, handler) {
    if (!isCandidate(req)) return handler(req, res);
    let version;
    try {
      version = await options.version(req);
    } catch {
      return handler(req, res);
    }
    if (version === null) return handler(req, res);
    // A client that left while its view waited gets no render.
    if (res.destroyed) return;
    const key = keyOf(req);
    const entry = entries.get(key);
    if (entry && entry.version === version && now() < entry.expiresAt) {
      entries.delete(key);
      entries.set(key, entry);
      return send(res, entry, 'hit');
    }
    const pending = rendering.get(key);
    const under = pending?.version === version ? pending.entry : peerRendering.get(peerKey(key, version))?.entry;
    if (under) {
      const shared = await under;
      if (shared) return send(res, shared, 'shared');
      // That render kept nothing (an error, a worker gone): this view renders for itself.
      if (res.destroyed) return;
    }
    const promise = render(req, res, handler, key, version);
    const mine = { version, entry: promise.catch(() => null) };
    rendering.set(key, mine);
    try {
      await promise;
    } finally {
      if (rendering.get(key) === mine) rendering.delete(key);
    }
  }

  return { handle, fromPeer, stats: () => ({ entries: entries.size, bytes }) };
}

module.exports = { createPageCache };
