'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="login card">
      <h1>Что-то пошло не так</h1>
      <p>Произошла внутренняя ошибка. Данные не изменены. Попробуйте ещё раз.</p>
      <button type="button" onClick={reset}>
        Повторить
      </button>
    </main>
  );
}
