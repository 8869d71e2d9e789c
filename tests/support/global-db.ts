// Global setup of the integration tests: a throwaway embedded PostgreSQL for this run,
// with a migrated template database that every test file copies (CREATE DATABASE … TEMPLATE).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { ensureDatabase } from '@/scripts/database';

export const TEMPLATE_DB = 'nastavnik_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export async function startTestPostgres() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-test-'));
  fs.chmodSync(dir, 0o755); // the postgres user must traverse it
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true });
  await ensureDatabase(server.adminUrl, TEMPLATE_DB);
  const { db, pool } = connect(server.urlFor(TEMPLATE_DB), 1);
  await runMigrations(db);
  await pool.end();
  return {
    server,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  project.provide('pgAdminUrl', pg.server.adminUrl);
  return () => pg.stop();
}
