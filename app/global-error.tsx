'use client';

// The digest is the incident number: instrumentation.ts logs the error under it on the server.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body>
        <main style={{ maxWidth: '30rem', margin: '10vh auto', fontFamily: 'system-ui, sans-serif' }}>
          <h1>Сервис временно недоступен</h1>
          <p>Произошла внутренняя ошибка. Попробуйте обновить страницу.</p>
          {error.digest ? <p>Номер инцидента: {error.digest} — сообщите его администратору.</p> : null}
          <button type="button" onClick={reset}>
            Повторить
          </button>
        </main>
      </body>
    </html>
  );
}
