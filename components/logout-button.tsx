'use client';
import { signOut } from 'next-auth/react';

export function LogoutButton() {
  return (
    <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: '/login' })}>
      Выйти
    </button>
  );
}
