'use client';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body>
        <main style={{ maxWidth: '30rem', margin: '10vh auto', fontFamily: 'system-ui, sans-serif' }}>
          <h1>Сервис временно недоступен</h1>
          <p>Произошла внутренняя ошибка. Попробуйте обновить страницу.</p>
          <button type="button" onClick={reset}>
            Повторить
          </button>
        </main>
      </body>
    </html>
  );
}
