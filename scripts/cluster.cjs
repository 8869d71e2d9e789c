// The production server (scripts/server.cjs) on every core: the primary forks one worker per core (WEB_CONCURRENCY
// overrides), the workers share the listening port through Node's cluster module, and a
// worker that dies is replaced. Usage: node scripts/cluster.cjs -p 3000 [-H host]
const cluster = require('node:cluster');
const os = require('node:os');

const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

if (cluster.isPrimary) {
  let stopping = false;
  // Structured clone rather than JSON: a shared page's body travels as bytes.
  cluster.setupPrimary({ serialization: 'advanced' });
  for (let i = 0; i < workers; i++) cluster.fork();
  // News of a worker's renders (begun; ended, with the page kept) goes to the others (page-cache.cjs `fromPeer`).
  cluster.on('message', (from, message) => {
    if (!message?.pageCache) return;
    for (const w of Object.values(cluster.workers ?? {})) if (w && w !== from && w.isConnected()) w.send(message);
  });
  cluster.on('exit', (worker, code) => {
    if (!stopping && code !== 0) cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    // Workers finish their requests in flight (scripts/health.cjs gracefulShutdown, 25 s at most).
    setTimeout(() => process.exit(0), 30_000).unref();
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  require('./server.cjs');
}
