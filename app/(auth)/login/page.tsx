import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { currentScope } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Вход' };

const REASONS: Record<string, string> = {
  session: 'Сессия истекла или недействительна. Войдите снова.',
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reason?: string; error?: string }> }) {
  if (await currentScope()) redirect('/dashboard');
  const { reason, error } = await searchParams;
  const notice = (reason && REASONS[reason]) || (error ? 'Не удалось войти. Проверьте email и пароль.' : null);
  return (
    <main className="login">
      <div className="card">
        <h1>Наставник</h1>
        <p className="muted">Документы системы наставничества педагогических работников</p>
        {notice && <p className="notice">{notice}</p>}
        <LoginForm />
      </div>
    </main>
  );
}
