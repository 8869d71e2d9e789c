'use client';
// Email + password sign-in; the server repeats every check and applies the rate limit.
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type LoginInput, loginSchema } from '@/lib/domain/validations/login';
import { Field } from './form/field';

const NOTICES: Record<string, string> = {
  session: 'Сессия истекла или недействительна. Войдите снова.',
};

export function LoginForm() {
  const params = useSearchParams();
  const notice = NOTICES[params.get('reason') ?? ''] ?? (params.get('error') ? 'Не удалось войти. Проверьте адрес электронной почты и пароль.' : null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await signIn('credentials', { ...values, redirect: false });
    if (!res || res.error) {
      setError(res?.error && res.error !== 'CredentialsSignin' ? res.error : 'Неверный адрес электронной почты или пароль.');
      return;
    }
    // A full page load, not router.push: the layout and the page cache must see the new session cookie.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/dashboard');
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {notice && !error && <p className="notice">{notice}</p>}
      <Field label="Эл. почта" error={form.formState.errors.email?.message}>
        <input type="email" autoComplete="username" {...form.register('email')} />
      </Field>
      <Field label="Пароль" error={form.formState.errors.password?.message}>
        <input type="password" autoComplete="current-password" {...form.register('password')} />
      </Field>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={!form.formState.isReady || form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Вход…' : 'Войти'}
      </button>
    </form>
  );
}
