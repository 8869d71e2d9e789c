'use client';

// The digest is the incident number: instrumentation.ts logs the error under it on the server.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="login card">
      <h1>Что-то пошло не так</h1>
      <p>Произошла внутренняя ошибка. Данные не изменены. Попробуйте ещё раз.</p>
      {error.digest ? <p className="muted">Номер инцидента: {error.digest} — сообщите его администратору.</p> : null}
      <button type="button" onClick={reset}>
        Повторить
      </button>
    </main>
  );
}
