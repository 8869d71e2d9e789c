import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="login card">
      <h1>Страница не найдена</h1>
      <p>Такой страницы нет, или она относится к другой организации.</p>
      <Link href="/dashboard">На главную</Link>
    </main>
  );
}
