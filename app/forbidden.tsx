import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="login card">
      <h1>Доступ запрещён</h1>
      <p>Для этой страницы у вашей учётной записи недостаточно прав.</p>
      <Link href="/dashboard">На главную</Link>
    </main>
  );
}
