import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DemoStripClient } from '@/components/demo-strip-client';
import { LoginForm } from '@/components/login-form';

export const metadata: Metadata = { title: 'Вход' };

// Static: the page does not read the session, so it is served from the build output.
export default function LoginPage() {
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
