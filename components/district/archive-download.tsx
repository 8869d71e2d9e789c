'use client';
// Downloads a streamed ZIP with visible progress: the response has no length, so the bytes
// are counted as they arrive (against the server's estimate when there is one), then
// saved as one file. Cancelling aborts the request, and the server stops writing.
import { useRef, useState } from 'react';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} МБ`;

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 'attachment; filename="x.zip"; filename*=UTF-8''%D0%94…' → the Russian name. */
function filenameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

export function ArchiveDownload({ href, label, estimate }: { href: string; label: string; estimate?: number }) {
  const [received, setReceived] = useState<number | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function start() {
    abort.current = new AbortController();
    setState('loading');
    setReceived(0);
    setMessage(null);
    try {
      const res = await fetch(href, { signal: abort.current.signal });
      if (!res.ok || !res.body) throw new Error((await res.text()) || `Ошибка ${res.status}`);
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.length;
        setReceived(bytes);
      }
      save(new Blob(chunks, { type: 'application/zip' }), filenameOf(res.headers.get('content-disposition'), 'archive.zip'));
      setState('done');
      setMessage(`Готово: ${mb(bytes)}.`);
    } catch (e) {
      setState('error');
      setMessage((e as Error).name === 'AbortError' ? 'Загрузка отменена.' : `Не удалось получить архив: ${(e as Error).message}`);
    }
  }

  return (
    <div className="stack" data-archive={label}>
      <p className="row">
        <button type="button" disabled={state === 'loading'} onClick={start}>
          {label}
        </button>
        {state === 'loading' && (
          <button type="button" className="secondary" onClick={() => abort.current?.abort()}>
            Отменить
          </button>
        )}
      </p>
      {state === 'loading' && received !== null && (
        <p role="status" data-received={received}>
          {estimate ? <progress max={estimate} value={Math.min(received, estimate)} /> : null} Получено {mb(received)}
          {estimate ? ` из ≈ ${mb(estimate)}` : ''}
        </p>
      )}
      {message && <p className={state === 'error' ? 'form-error' : 'form-ok'}>{message}</p>}
    </div>
  );
}
