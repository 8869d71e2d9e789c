'use client';
// False in the server-rendered HTML and until React has hydrated: a submit button disabled
// until then cannot send the form natively (a full-page GET that would lose what was typed).
import { useEffect, useState } from 'react';

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
