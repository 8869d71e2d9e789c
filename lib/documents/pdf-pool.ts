// PDFs rendered on worker threads, for bulk work (the district's archive of acknowledgement
// sheets renders thousands): the caller's thread keeps reading the database and writing the
// ZIP while the workers render. The same renderPdf runs in the workers, so the files are
// the ones the caller's thread would make. A pool whose worker fails to start or dies renders
// everything left on the caller's thread instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from './model';
import { renderPdf } from './pdf';
import type { RenderReply } from './pdf-worker';

/**
 * A worker's heap. V8's defaults let each worker's memory swell by tens of megabytes of
 * short-lived layout objects before it collects them: the new-object space is kept small, and
 * the old space capped, which also makes V8 grow it after a collection by a small factor of what
 * survived rather than up to four times (measured over the 2,000 sheets of a district: 45 MB of
 * heap at the end instead of 90, external buffers 10 MB instead of up to 45). What survives is
 * about 30 MB (fonts, bounded shaping caches, the document in hand); a worker that still runs
 * out is stopped and the pool renders the rest on the calling thread.
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

function startWorker(): Worker {
  // Built by Next.js: the bundler makes the entry a chunk of its own and this URL its address.
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./pdf-worker.ts', import.meta.url), { resourceLimits: LIMITS });
  // Run from the sources (tsx, vitest), the entry is TypeScript, which a worker cannot load by itself.
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pdf-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits: LIMITS });
}

interface Job {
  model: DocumentModel;
  resolve(pdf: Buffer): void;
  reject(e: Error): void;
}

export class PdfPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private nextId = 0;
  private failed = false;
  private closed = false;

  /** `start`: how a worker is made (tests give one that fails). */
  constructor(size: number, start: () => Worker = startWorker) {
    try {
      for (let i = 0; i < size; i++) {
        const worker = start();
        worker.on('message', (reply: RenderReply) => this.done(worker, reply));
        worker.on('error', (e) => this.fail(e));
        worker.on('exit', (code) => !this.closed && this.fail(new Error(`PDF worker exited with ${code}`)));
        // A pool left open must not keep the process alive.
        worker.unref();
        this.workers.push(worker);
        this.idle.push(worker);
      }
    } catch (e) {
      this.fail(e as Error);
    }
  }

  /** False once the pool renders on the calling thread. */
  get onWorkers(): boolean {
    return !this.failed && !this.closed;
  }

  render(model: DocumentModel): Promise<Buffer> {
    if (this.failed) return renderPdf(model);
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ model, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.running.set(id, job);
      this.idle.pop()!.postMessage({ id, model: job.model });
    }
  }

  private done(worker: Worker, reply: RenderReply): void {
    const job = this.running.get(reply.id);
    if (!job) return;
    this.running.delete(reply.id);
    this.idle.push(worker);
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    this.pump();
  }

  /** Renders what was given to the workers and what waits for them here; the workers are stopped. */
  private fail(e: Error): void {
    if (this.failed || this.closed) return;
    this.failed = true;
    console.error('PDF workers unavailable, rendering on the calling thread', e);
    const left = [...this.running.values(), ...this.queue];
    this.running.clear();
    this.queue.length = 0;
    for (const job of left) renderPdf(job.model).then(job.resolve, job.reject);
    void this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers.splice(0);
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
