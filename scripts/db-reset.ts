// `npm run db:reset`: deletes the embedded database; the next `npm start` creates it anew
// with fresh demo data. Refuses to touch an external DATABASE_URL.
import fs from 'node:fs';
import { EMBEDDED_DATA_DIR } from './database';

if (process.env.DATABASE_URL) {
  console.error('DATABASE_URL задан: внешнюю базу этот скрипт не удаляет.');
  process.exit(1);
}
const pidFile = `${EMBEDDED_DATA_DIR}/postmaster.pid`;
if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    console.error(`Встроенный PostgreSQL запущен (pid ${pid}): остановите npm start и повторите.`);
    process.exit(1);
  } catch {
    // stale pid file
  }
}
fs.rmSync(EMBEDDED_DATA_DIR, { recursive: true, force: true });
console.log('Встроенная база удалена. Следующий npm start создаст её заново с демо-данными.');
