'use client';
// The demo strip for pages served from the build output (the login page), which cannot ask
// the database while rendering.
import { useEffect, useState } from 'react';
import { DemoStrip } from './demo-strip';

export function DemoStripClient() {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/api/demo-mode')
      .then((r) => (r.ok ? r.json() : { demo: false }))
      .then((body: { demo?: boolean }) => live && setDemo(body.demo === true))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return demo ? <DemoStrip /> : null;
}
