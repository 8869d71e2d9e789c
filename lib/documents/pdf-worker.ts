// A thread of the PDF pool (pdf-pool.ts): a DocumentModel in, the file's bytes out. Its fonts
// and measurement caches are its own, kept for as long as the pool lives.
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from './model';
import { renderPdf } from './pdf';

export interface RenderRequest {
  id: number;
  model: DocumentModel;
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, model }: RenderRequest) => {
  renderPdf(model).then(
    (pdf) => {
      // Copied into a buffer of its own (a small Buffer may share its memory), which is moved, not copied again.
      const bytes = new Uint8Array(pdf);
      parentPort!.postMessage({ id, pdf: bytes } satisfies RenderReply, [bytes.buffer]);
    },
    (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies RenderReply),
  );
});
