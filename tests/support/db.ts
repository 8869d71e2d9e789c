// A fresh database per test file, copied from the migrated template.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { connect, type Db } from '@/db/client';

const TEMPLATE_DB = 'nastavnik_template';

export interface TestDatabase {
  db: Db;
  url: string;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, `/${name}`);
  const { db, pool } = connect(url, 5);
  return { db, url, close: () => pool.end() };
}
