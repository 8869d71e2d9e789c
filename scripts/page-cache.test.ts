import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache } from './page-cache.cjs';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

const SESSION = 'next-auth.session-token=abc';

/** A real HTTP server whose pages come from `render` through the cache. */
async function harness(
  render: Handler,
  opts: { ttlMs?: number; sessionEndsAt?: number | null; maxBytes?: number; share?: Parameters<typeof createPageCache>[0]['share']; peerWaitMs?: number } = {},
) {
  const state = { version: 'org-1:0:7:3' as string | null, clock: 1_000_000, renders: 0, versionAsked: () => {}, versionHeld: Promise.resolve() };
  const cache = createPageCache({
    share: opts.share,
    peerWaitMs: opts.peerWaitMs,
    version: async () => {
      state.versionAsked();
      await state.versionHeld;
      return state.version;
    },
    sessionExpiresAt: async () => (opts.sessionEndsAt === undefined ? state.clock + 3_600_000 : opts.sessionEndsAt),
    ttlMs: opts.ttlMs,
    maxBytes: opts.maxBytes,
    now: () => state.clock,
  });
  const server = http.createServer((req, res) => {
    void cache.handle(req, res, async (rq, rs) => {
      state.renders++;
      await render(rq, rs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = { cookie: SESSION }, method = 'GET') => {
    const res = await fetch(base + path, { headers, method });
    return { status: res.status, state: res.headers.get('x-page-cache'), type: res.headers.get('content-type'), body: await res.text() };
  };
  servers.push(server);
  return { state, get, cache, base };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A page that shows how many times it was rendered, streamed in two chunks like Next.js does. */
function countingPage(extra: (res: http.ServerResponse) => void = () => undefined, renderMs = 5): Handler {
  let n = 0;
  return async (req, res) => {
    n++;
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    extra(res);
    res.write(`<p>${req.url} `);
    await new Promise((r) => setTimeout(r, renderMs));
    res.end(`рендер ${n}</p>`);
  };
}

describe('page cache', () => {
  it('answers a repeated view from the cache while the version of what it depends on is unchanged', async () => {
    const { get, state } = await harness(countingPage());
    const first = await get('/dashboard');
    const second = await get('/dashboard');
    expect(first).toMatchObject({ status: 200, state: 'miss', body: '<p>/dashboard рендер 1</p>' });
    expect(second).toMatchObject({ status: 200, state: 'hit', body: first.body, type: 'text/html; charset=utf-8' });
    expect(state.renders).toBe(1);
  });

  it('renders again after a write changed the version', async () => {
    const { get, state } = await harness(countingPage());
    await get('/dashboard');
    state.version = 'org-1:0:8:3';
    expect(await get('/dashboard')).toMatchObject({ state: 'miss', body: '<p>/dashboard рендер 2</p>' });
    expect(await get('/dashboard')).toMatchObject({ state: 'hit', body: '<p>/dashboard рендер 2</p>' });
  });

  it('keeps sessions, URLs and RSC requests apart', async () => {
    const { get, state } = await harness(countingPage());
    await get('/dashboard');
    expect((await get('/dashboard', { cookie: 'next-auth.session-token=other' })).state).toBe('miss');
    expect((await get('/documents')).state).toBe('miss');
    expect((await get('/dashboard', { cookie: SESSION, rsc: '1' })).state).toBe('miss');
    expect(state.renders).toBe(4);
  });

  it('never caches without a session, for POST, API routes, errors, downloads or responses that set cookies', async () => {
    const { get, state } = await harness(async (req, res) => {
      const url = req.url ?? '';
      res.statusCode = url === '/missing' ? 404 : 200;
      res.setHeader('content-type', url === '/file' ? 'application/pdf' : 'text/html');
      if (url === '/cookie') res.setHeader('set-cookie', 'a=b');
      res.end('x');
    });
    const paths = ['/missing', '/file', '/cookie', '/api/auth/session'];
    for (let i = 0; i < 2; i++) {
      for (const p of paths) await get(p);
      await get('/dashboard', {});
      await get('/dashboard', { cookie: SESSION }, 'POST');
    }
    expect(state.renders).toBe(2 * (paths.length + 2));
  });

  it('forgets an entry after its lifetime and when the session it was rendered for ends', async () => {
    const short = await harness(countingPage(), { ttlMs: 1000 });
    await short.get('/dashboard');
    short.state.clock += 999;
    expect((await short.get('/dashboard')).state).toBe('hit');
    short.state.clock += 1;
    expect((await short.get('/dashboard')).state).toBe('miss');

    const ending = await harness(countingPage(), { sessionEndsAt: 1_000_500 });
    await ending.get('/dashboard');
    ending.state.clock += 500;
    expect((await ending.get('/dashboard')).state).toBe('miss');
  });

  it('neither answers nor keeps pages of a request without a known user', async () => {
    const { get, state } = await harness(countingPage());
    state.version = null;
    expect((await get('/dashboard')).state).toBeNull();
    expect((await get('/dashboard')).state).toBeNull();
    expect(state.renders).toBe(2);
    state.version = 'org-1:0:7:3';
    expect((await get('/dashboard')).state).toBe('miss');
    expect((await get('/dashboard')).state).toBe('hit');
  });

  it('does not keep pages of a request whose session is not valid', async () => {
    const { get, state } = await harness(countingPage(), { sessionEndsAt: null });
    await get('/dashboard');
    await get('/dashboard');
    expect(state.renders).toBe(2);
  });

  it('renders once for concurrent views of one page', async () => {
    // A render long enough for all eight requests to arrive during it, even on a busy machine.
    const { get, state } = await harness(countingPage(undefined, 500));
    const views = await Promise.all(Array.from({ length: 8 }, () => get('/dashboard')));
    expect(state.renders).toBe(1);
    expect(new Set(views.map((v) => v.body))).toEqual(new Set(['<p>/dashboard рендер 1</p>']));
    expect(views.filter((v) => v.state === 'shared')).toHaveLength(7);
  });

  it('drops the least recently used entries beyond its memory bound', async () => {
    const { get, cache } = await harness(countingPage(), { maxBytes: 50 });
    await get('/a');
    await get('/b');
    await get('/a');
    await get('/c');
    expect(cache.stats().bytes).toBeLessThanOrEqual(50);
    expect((await get('/a')).state).toBe('hit');
    expect((await get('/b')).state).toBe('miss');
  });

  it('replays custom headers of the stored response', async () => {
    const { get } = await harness(countingPage((res) => res.setHeader('vary', 'rsc, Accept-Encoding')));
    await get('/x');
    const res = await fetch(`http://127.0.0.1:${(servers[0]!.address() as AddressInfo).port}/x`, { headers: { cookie: SESSION } });
    expect(res.headers.get('x-page-cache')).toBe('hit');
    expect(res.headers.get('vary')).toBe('rsc, Accept-Encoding');
  });

  it('serves in one worker a page another worker rendered, under the same version check', async () => {
    // Two workers of one machine: each tells the other of its renders (scripts/server.cjs passes the news through the cluster's primary).
    const page = countingPage(undefined, 200);
    const peers: { cache?: ReturnType<typeof createPageCache> } = {};
    const second = await harness(page);
    const first = await harness(page, { share: (news) => peers.cache?.fromPeer(news) });
    peers.cache = second.cache;
    // A view in the second worker while the first renders waits for that render instead of rendering again.
    const rendered = first.get('/dashboard');
    await new Promise((r) => setTimeout(r, 50));
    const waited = second.get('/dashboard');
    expect(await rendered).toMatchObject({ state: 'miss', body: '<p>/dashboard рендер 1</p>' });
    expect(await waited).toMatchObject({ state: 'shared', body: '<p>/dashboard рендер 1</p>' });
    expect(await second.get('/dashboard')).toMatchObject({ state: 'hit', body: '<p>/dashboard рендер 1</p>' });
    expect(second.state.renders).toBe(0);
    // Another session's view of the same URL is not the shared page.
    expect(await second.get('/dashboard', { cookie: 'next-auth.session-token=other' })).toMatchObject({ state: 'miss' });
    // After a write the shared entry is as stale as the original.
    second.state.version = 'org-1:0:8:3';
    expect(await second.get('/dashboard')).toMatchObject({ state: 'miss', body: '<p>/dashboard рендер 3</p>' });
  });

  it('renders itself when the other worker keeps nothing or never says how its render ended', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // The first worker's page is an error, which is not kept: the view waiting in the second renders.
    const failing: Handler = async (_req, res) => {
      await sleep(150);
      res.statusCode = 500;
      res.end('ошибка');
    };
    const peers: { cache?: ReturnType<typeof createPageCache> } = {};
    const second = await harness(countingPage());
    const first = await harness(failing, { share: (news) => peers.cache?.fromPeer(news) });
    peers.cache = second.cache;
    const failed = first.get('/x');
    await sleep(50);
    expect(await second.get('/x')).toMatchObject({ state: 'miss', body: '<p>/x рендер 1</p>' });
    expect((await failed).status).toBe(500);

    // A worker that announced a render and died: the wait ends after peerWaitMs.
    const fourth = await harness(countingPage(), { peerWaitMs: 100 });
    const third = await harness(countingPage(undefined, 400), { share: (news) => news.entry === undefined && fourth.cache.fromPeer(news) });
    const announced = Date.now();
    const abandoned = third.get('/y');
    await sleep(50);
    expect(await fourth.get('/y')).toMatchObject({ state: 'miss', body: '<p>/y рендер 1</p>' });
    expect(Date.now() - announced).toBeGreaterThanOrEqual(90);
    await abandoned;
  });

  it('ends a wait for another worker with that render even when a render of a newer version started here meanwhile', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const peers: { cache?: ReturnType<typeof createPageCache> } = {};
    const second = await harness(countingPage(), { peerWaitMs: 5_000 });
    const first = await harness(countingPage(undefined, 300), { share: (news) => peers.cache?.fromPeer(news) });
    peers.cache = second.cache;
    const rendered = first.get('/z');
    await sleep(50);
    const started = Date.now();
    const waiting = second.get('/z');
    await sleep(50);
    // A write: the next view here renders the newer version itself.
    second.state.version = 'org-1:0:8:3';
    expect(await second.get('/z')).toMatchObject({ state: 'miss' });
    await rendered;
    // The view of the older version gets the other worker's page as soon as it is done, not after peerWaitMs.
    expect(await waiting).toMatchObject({ state: 'shared', body: '<p>/z рендер 1</p>' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('renders nothing for a view whose client left while it waited, and the next view of the page is answered', { timeout: 5_000 }, async () => {
    const { get, state, base } = await harness(countingPage());
    let release = () => {};
    state.versionHeld = new Promise<void>((r) => (release = r));
    const asked = new Promise<void>((r) => (state.versionAsked = r));
    const leaving = new AbortController();
    const left = fetch(`${base}/dashboard`, { headers: { cookie: SESSION }, signal: leaving.signal }).catch(() => 'left');
    await asked;
    leaving.abort();
    await expect(left).resolves.toBe('left');
    // Its response is closed by now: before, the render began anyway and waited for a 'close' already past.
    await new Promise((r) => setTimeout(r, 100));
    state.versionAsked = () => {};
    release();
    expect(await get('/dashboard')).toMatchObject({ status: 200, state: 'miss', body: '<p>/dashboard рендер 1</p>' });
    expect(state.renders).toBe(1);
  });
});
