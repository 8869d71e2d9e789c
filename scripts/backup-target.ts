// The database a backup or a restore works on: DATABASE_URL when set; otherwise the
// embedded server of .data/pg — the one `npm start` is running (attached to, never
// restarted: the app keeps serving), or started for the command and stopped after it.
import { embeddedUrl, runningPostgres, startEmbeddedPostgres } from '@/db/embedded';
import { APP_DATABASE, EMBEDDED_DATA_DIR, ensureDatabase } from './database';

export async function withBackupTarget<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const running = runningPostgres(EMBEDDED_DATA_DIR);
  if (running) {
    await ensureDatabase(embeddedUrl(running.port, 'postgres'), APP_DATABASE);
    return run(embeddedUrl(running.port, APP_DATABASE));
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR });
  try {
    await ensureDatabase(server.adminUrl, APP_DATABASE);
    return await run(server.urlFor(APP_DATABASE));
  } finally {
    await server.stop();
  }
}
