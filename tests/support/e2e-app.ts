// Setup file of the end-to-end project: before each test file, a fresh copy of the seeded
// demo database and the production build served on it by scripts/server.cjs; stopped after the file.
import { afterAll, inject } from 'vitest';
import { startE2eApp } from './e2e-server';

const app = await startE2eApp(inject('pgAdminUrl'));
(globalThis as { nastavnikE2e?: typeof app }).nastavnikE2e = app;
afterAll(() => app.stop());
