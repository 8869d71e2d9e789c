// `npm run backup [FILE]`: one file with the whole state (data and stored documents) from a
// consistent snapshot, taken while the app keeps serving. See db/backup.ts for the format.
import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '@/db/backup';
import { withBackupTarget } from './backup-target';

async function main() {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = path.resolve(process.argv[2] ?? path.join('backups', `nastavnik-${stamp}.backup.gz`));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const summary = await withBackupTarget((url) => writeBackup(url, file));
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  console.log(`Резервная копия: ${file} (${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} МБ, ${rows} строк, схема ${summary.migration})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
