// `npm run setup -- --region "Алтайский край" --email operator@example.ru [--name "Ф.И.О."]`:
// puts the app into service on an empty database (DATABASE_URL, or the embedded one): applies
// the migrations, creates the region and its first operator, and prints the operator's
// one-time password, which must be changed at the first sign-in.
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { AppError } from '@/lib/core/errors';
import { createRegion } from '@/lib/server/setup/create-region';
import { resolveDatabase } from './database';

function option(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const region = option('--region');
  const email = option('--email');
  if (!region || !email) {
    console.error('Использование: npm run setup -- --region "Название региона" --email адрес@оператора [--name "Ф.И.О. оператора"]');
    process.exit(2);
  }
  const database = await resolveDatabase();
  const { db, pool } = connect(database.url, 1);
  try {
    await runMigrations(db);
    const created = await createRegion(db, { region, email, operatorName: option('--name') });
    console.log(`Регион «${region}» создан.`);
    console.log(`Вход регионального оператора: ${created.email}`);
    console.log(`Временный пароль (показан один раз, смените при первом входе): ${created.password}`);
  } catch (e) {
    console.error(e instanceof AppError ? e.message : e);
    process.exitCode = 1;
  } finally {
    await pool.end();
    await database.embedded?.stop();
  }
}

void main();
