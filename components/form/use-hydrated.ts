'use client';
// False in the server-rendered HTML and until React has hydrated: a submit button disabled
// until then cannot send the form natively (a full-page GET that would lose what was typed).
// The server snapshot is false and the client's true: React switches once, at hydration.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
