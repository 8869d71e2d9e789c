// `npm run restore FILE`: brings a backup (npm run backup) back onto an empty database —
// the embedded one in .data/pg (a fresh folder) or an empty DATABASE_URL.
import fs from 'node:fs';
import { restoreBackup } from '@/db/backup';
import { withBackupTarget } from './backup-target';

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file)) throw new Error('Укажите файл резервной копии: npm run restore -- ФАЙЛ');
  const summary = await withBackupTarget((url) => restoreBackup(url, file));
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  console.log(`Восстановлено ${rows} строк из ${file} (схема ${summary.migration}, затем применены новые миграции).`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
