// Writes the data of this release as an upgrade fixture: tests/fixtures/upgrade/<migration>.backup.gz,
// a backup (db/backup.ts) of a database with rows in every table, made by this release's own
// operations. tests/integration/upgrade.test.ts restores every fixture at its own schema
// version, applies the current migrations and checks that nothing was lost — so run this once
// per release whose migrations changed, and commit the file.
//   npx tsx scripts/upgrade-fixture.ts [--at <migration tag>]   (default: the newest migration)
import { runUnderReactServer } from '@/scripts/react-server';

runUnderReactServer();

async function main() {
  const path = await import('node:path');
  const { writeBackup } = await import('@/db/backup');
  const { connect } = await import('@/db/client');
  const { startThrowawayPostgres } = await import('@/db/embedded');
  const { migrationJournal, runMigrations } = await import('@/db/migrate');
  const { eq } = await import('drizzle-orm');
  const { acknowledgements, files, loginAttempts, people, users } = await import('@/db/schema');
  const { createCampaignSchema } = await import('@/lib/domain/validations/monitoring');
  const { iomFormSchema } = await import('@/lib/domain/validations/programs');
  const { createCampaign } = await import('@/lib/server/monitoring/create-campaign');
  const { computeSchoolFigures, figuresVersion } = await import('@/lib/server/monitoring/figures');
  const { submitFigures } = await import('@/lib/server/monitoring/submit-figures');
  const { iomFormState } = await import('@/lib/server/programs/form-defaults');
  const { saveIom } = await import('@/lib/server/programs/save-iom');
  const { completeOrgs, formPair, issueIntroOrder, mentee, mentor, receiveAll } = await import('@/tests/integration/pairs-fixtures');
  const { asUser, buildTree } = await import('@/tests/support/tree');
  const { ensureDatabase } = await import('./database');

  const at = process.argv.includes('--at') ? process.argv[process.argv.indexOf('--at') + 1]! : migrationJournal().at(-1)!.tag;
  const server = await startThrowawayPostgres('nastavnik-fixture');
  try {
    await ensureDatabase(server.adminUrl, 'fixture');
    const url = server.urlFor('fixture');
    const { db, pool } = connect(url, 2);
    await runMigrations(db, { upTo: at });

    const tree = await buildTree(db);
    await completeOrgs(db, tree);
    const order = await issueIntroOrder(db, tree.scopes.curator1a);
    await db.insert(acknowledgements).values([
      { documentId: order.id, position: 1, userId: tree.scopes.teacher1a.userId, lastName: 'Учителева', firstName: 'Тамара', middleName: 'Тимуровна', unit: 'учитель' },
      { documentId: order.id, position: 2, lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', unit: 'учитель', acknowledgedOn: '2026-09-02', method: 'paper' },
    ]);
    const s1a = tree.orgs.s1a.id;
    const m = await mentor(db, s1a, { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', position: 'учитель математики', subjects: ['математика'] });
    const e = await mentee(db, s1a, { lastName: 'Смирнов', firstName: 'Олег', middleName: 'Игоревич', position: 'учитель математики' }, ['формирующее оценивание']);
    const pair = await formPair(db, tree.scopes.curator1a, m, [e]);
    await receiveAll(db, tree.scopes.curator1a, pair.id);
    // Programs name the curator: link the curator's account to a staff record.
    const [curator] = await db
      .insert(people)
      .values({ organizationId: s1a, lastName: 'Воронцова', firstName: 'Ирина', middleName: 'Николаевна', position: 'заместитель директора по УВР' })
      .returning({ id: people.id });
    await db.update(users).set({ personId: curator!.id }).where(eq(users.id, tree.scopes.curator1a.userId));
    const { defaults } = await iomFormState(db, tree.scopes.curator1a, e);
    await asUser(db, tree.scopes.curator1a, (ctx) => saveIom(ctx, iomFormSchema.parse(defaults)));
    const today = new Date().toLocaleDateString('sv-SE');
    const { id: campaignId } = await asUser(db, tree.scopes.region, (ctx) =>
      createCampaign(ctx, createCampaignSchema.parse({ title: 'Стартовый мониторинг', startsOn: today, deadline: '2099-12-31' })),
    );
    const figures = await computeSchoolFigures(db, tree.scopes.head1a, s1a, today);
    await asUser(db, tree.scopes.head1a, (ctx) => submitFigures(ctx, { campaignId, version: figuresVersion(figures) }));
    await db.insert(loginAttempts).values({ key: 'head1a@test.ru', succeeded: true });
    await db.insert(files).values({ organizationId: s1a, filename: 'скан.pdf', contentType: 'application/pdf', size: 4, sha256: 'x', bytes: Buffer.from('%PDF') });

    const out = path.join(process.cwd(), 'tests/fixtures/upgrade', `${at}.backup.gz`);
    const summary = await writeBackup(url, out);
    await pool.end();
    const missing = Object.entries(summary.tables).filter(([, n]) => n === 0).map(([t]) => t);
    console.log(`${out}: ${JSON.stringify(summary.tables)}`);
    if (missing.length) throw new Error(`Пустые таблицы (добавьте их данные в этот скрипт): ${missing.join(', ')}`);
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
