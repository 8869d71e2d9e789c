// Erases the data only a withdrawn personal-data consent covered, once its 30 days are
// nearly up (lib/server/people/erase-withdrawn.ts). `npm start` and the /consents and /staff
// pages run it too; this is for a daily cron where the app may go unvisited for weeks:
//   DATABASE_URL=… npx tsx scripts/erase-withdrawn-personal-data.ts
import { connect } from '@/db/client';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Укажите DATABASE_URL.');
  const { db, pool } = connect(url, 1);
  try {
    const erased = await eraseDuePersonalData(db, new Date().toLocaleDateString('sv-SE'));
    console.log(`Удалены данные по отозванным согласиям: ${erased}`);
  } finally {
    await pool.end();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
