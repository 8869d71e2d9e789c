// Global setup of the integration tests: a throwaway embedded PostgreSQL for this run,
// with a migrated template database that every test file copies (CREATE DATABASE … TEMPLATE).
import type { TestProject } from 'vitest/node';
import { connect } from '@/db/client';
import { startThrowawayPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { ensureDatabase } from '@/scripts/database';

export const TEMPLATE_DB = 'nastavnik_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export async function startTestPostgres() {
  const server = await startThrowawayPostgres('nastavnik-test');
  await ensureDatabase(server.adminUrl, TEMPLATE_DB);
  const { db, pool } = connect(server.urlFor(TEMPLATE_DB), 1);
  await runMigrations(db);
  await pool.end();
  return { server, stop: () => server.stop() };
}

export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  project.provide('pgAdminUrl', pg.server.adminUrl);
  return () => pg.stop();
}
