// Global setup of the end-to-end tests: PostgreSQL with a seeded demo database that serves
// as a template. Each test file then gets its own copy and its own production server (scripts/server.cjs)
// (tests/support/e2e-app.ts), so files never see each other's changes. `npm test` builds
// first; a missing build fails the run rather than skipping the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { startTestPostgres, TEMPLATE_DB } from './global-db';

export const DEMO_TEMPLATE_DB = 'demo_template';

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm test` (it runs `next build` first) or `npx next build`.');
  }
  const pg = await startTestPostgres();
  const admin = new Client({ connectionString: pg.server.adminUrl });
  await admin.connect();
  await admin.query(`create database ${DEMO_TEMPLATE_DB} template ${TEMPLATE_DB}`);
  await admin.end();
  const { db, pool } = connect(pg.server.urlFor(DEMO_TEMPLATE_DB), 1);
  await seedDemo(db);
  await pool.end();
  project.provide('pgAdminUrl', pg.server.adminUrl);
  return () => pg.stop();
}
