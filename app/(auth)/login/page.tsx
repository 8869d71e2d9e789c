import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { DemoStripClient } from '@/components/demo-strip-client';
import { LoginForm } from '@/components/login-form';

export const metadata: Metadata = { title: 'Вход' };

// Rendered per request although it reads no session: its scripts carry the nonce of the
// response's Content-Security-Policy (proxy.ts), which a page built ahead of time cannot know.
export default async function LoginPage() {
  await connection();
  return (
    <>
      <DemoStripClient />
      <main className="login">
      <div className="card">
        <h1>Наставник</h1>
        <p className="muted">Документы системы наставничества педагогических работников</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
      </main>
    </>
  );
}
