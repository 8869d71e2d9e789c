// District ZIP benchmark: a throwaway embedded PostgreSQL with a district of each size in
// SCHOOLS (500 and 2,000, the issue's region, by default), each school with an issued order
// (its real rendered PDF and DOCX) and an acknowledgement sheet of ROWS heads, some dated;
// then the archive of sheets of every district, and the archive of documents of the largest,
// is streamed through lib/server/district/archive.ts into a counting sink. Prints wall and
// CPU time (the whole process's: the sheets render on worker threads; useful on a busy
// machine), ZIP size and peak RSS (sampled every 20 ms). Goals: sheets of 2,000 schools
// ≤ 15 s, documents ≤ 10 s; the peak's rise over the baseline (this process has the whole
// fixture loaded) ≤ 250 MB, and flat: no larger for the largest district than for the
// smallest, give or take 50 MB. With `distinct`, every head has a surname of their own, as in a
// real district (sheets of repeated names reuse the words shaped for earlier sheets).
//   npx tsx bench/district-zip.ts [schools,schools…] [ack rows per order] [documents,sheets] [repeated|distinct]
import { runUnderReactServer } from '@/scripts/react-server';

// --expose-gc: each measurement's baseline is taken after a collection, not with the fixture's garbage still counted in it.
runUnderReactServer(['--expose-gc']);

const GOALS = { documents: 10, sheets: 15, riseMb: 250, flatMb: 50 };
const FIXTURE_HASH = '$2b$10$KJhn/RZ.EBiRnGtXZNF0Ye0ibY8PcQmuAc5yDfOWftwDNonJfCOsi';

async function main() {
  const { Writable } = await import('node:stream');
  const { connect } = await import('@/db/client');
  const { startThrowawayPostgres } = await import('@/db/embedded');
  const { runMigrations } = await import('@/db/migrate');
  const { ensureDatabase } = await import('@/scripts/database');
  const { acknowledgements, documents, organizations, users } = await import('@/db/schema');
  const { loadScope } = await import('@/lib/server/auth/scope');
  const { renderFrozen } = await import('@/lib/server/documents/render-frozen');
  const { writeDistrictArchive } = await import('@/lib/server/district/archive');
  const { mentorListOrder: listOrder } = await import('@/templates/mentor-list-order');
  const mentorListOrder = (await import('@/templates/mentor-list-order/example.json')).default;

  const sizes = (process.argv[2] ?? '500,2000').split(',').map(Number);
  const rows = Number(process.argv[3] ?? 30);
  const kinds = (process.argv[4]?.split(',') ?? ['documents', 'sheets']) as ('documents' | 'sheets')[];
  const distinct = process.argv[5] === 'distinct';
  /** A surname of its own for head `n` (names are letters only: its digits spelled as letters). */
  const surname = (n: number) => `Иванова${[...String(n)].map((d) => 'абвгдежзик'[Number(d)]).join('')}`;
  const pg = await startThrowawayPostgres('nastavnik-bench-zip');
  try {
    await ensureDatabase(pg.adminUrl, 'bench');
    const { db, pool } = connect(pg.urlFor('bench'), 4);
    // Idle connections are cut when the server stops at the end; that is expected here.
    pool.on('error', () => {});
    await runMigrations(db);

    const org = (kind: 'region' | 'municipality' | 'school', name: string, parent?: { id: string; path: string }) => {
      const id = crypto.randomUUID();
      return { id, kind, parentId: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, fullName: name, shortName: name, city: 'г. Бийск' };
    };
    const region = org('region', 'Регион');
    await db.insert(organizations).values(region);
    // One real order, rendered once, stored under every school (as issued, with its digests).
    const rendered = await renderFrozen(listOrder.name, { ...mentorListOrder, date: '2026-09-01', number: '1-од' });

    /** A district of `schools` schools with its coordinator's scope. */
    async function district(schools: number) {
      const office = org('municipality', `Управление образования (${schools})`, region);
      const schoolRows = Array.from({ length: schools }, (_, i) => org('school', `МБОУ «СОШ № ${i + 1}»`, office));
      await db.insert(organizations).values(office);
      for (let i = 0; i < schoolRows.length; i += 500) await db.insert(organizations).values(schoolRows.slice(i, i + 500));
      const [coordinator] = await db
        .insert(users)
        .values({ organizationId: office.id, role: 'district_coordinator', email: `district${schools}@bench`, fullName: 'Координатор', passwordHash: FIXTURE_HASH })
        .returning({ id: users.id });
      const docs = schoolRows.map((s, i) => ({
        id: crypto.randomUUID(),
        organizationId: s.id,
        template: listOrder.name,
        title: rendered.title,
        status: 'issued' as const,
        data: rendered.data,
        year: 2026,
        sequence: 1,
        number: '1-од',
        issueDate: `2026-09-${String((i % 28) + 1).padStart(2, '0')}`,
        docx: rendered.docx,
        pdf: rendered.pdf,
        docxSha256: rendered.docxSha256,
        pdfSha256: rendered.pdfSha256,
        issuedAt: new Date(),
      }));
      for (let i = 0; i < docs.length; i += 100) await db.insert(documents).values(docs.slice(i, i + 100));
      const ackRows = docs.flatMap((d, n) =>
        Array.from({ length: rows }, (_, i) => ({
          documentId: d.id,
          position: i + 1,
          lastName: distinct ? surname(schools * 1000 + n * rows + i) : ['Иванова', 'Петрова', 'Сидорова', 'Кузнецова'][i % 4]!,
          firstName: 'Мария',
          middleName: 'Петровна',
          unit: 'учитель',
          acknowledgedOn: i % 3 ? '2026-09-20' : null,
          method: i % 3 ? ('paper' as const) : null,
        })),
      );
      for (let i = 0; i < ackRows.length; i += 2000) await db.insert(acknowledgements).values(ackRows.slice(i, i + 2000));
      console.log(`district of ${schools} schools: ${docs.length} issued orders (PDF ${(rendered.pdf.length / 1024).toFixed(0)} KB + DOCX ${(rendered.docx.length / 1024).toFixed(0)} KB), ${ackRows.length} acknowledgement rows`);
      return { schools, scope: (await loadScope(db, coordinator!.id))! };
    }
    const districts = [];
    for (const schools of sizes) districts.push(await district(schools));

    const mb = (b: number) => b / 1024 / 1024;
    const rises: Record<number, number> = {};
    const largest = Math.max(...sizes);
    for (const kind of kinds) {
      for (const { schools, scope } of districts) {
        if (kind === 'documents' && schools !== largest) continue;
        global.gc?.();
        const baseline = process.memoryUsage().rss;
        let peak = baseline;
        let peakHeap = 0;
        const sample = () => {
          const m = process.memoryUsage();
          peak = Math.max(peak, m.rss);
          peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
        };
        const sampler = setInterval(sample, 20);
        let bytes = 0;
        const sink = new Writable({
          write(chunk: Buffer, _enc, done) {
            bytes += chunk.length;
            done();
          },
        });
        const start = performance.now();
        const cpuStart = process.cpuUsage();
        const { files } = await writeDistrictArchive(db, scope, kind, sink);
        const seconds = (performance.now() - start) / 1000;
        const cpu = process.cpuUsage(cpuStart);
        const cpuSeconds = (cpu.user + cpu.system) / 1e6;
        clearInterval(sampler);
        sample();
        if (kind === 'sheets') rises[schools] = mb(peak - baseline);
        // The sheets' time goal is the issue's, for 2,000 schools; a smaller district is measured for the memory's sake.
        const goal = kind === 'documents' ? GOALS.documents : schools >= 2000 ? GOALS.sheets : Infinity;
        const ok = seconds <= goal && mb(peak - baseline) <= GOALS.riseMb ? 'ok' : `GOAL MISSED (≤ ${goal} s, RSS rise ≤ ${GOALS.riseMb} MB)`;
        console.log(
          `${kind.padEnd(9)} ${String(schools).padStart(5)} schools ${String(files).padStart(5)} files  ${mb(bytes).toFixed(1).padStart(7)} MB zip  ${seconds.toFixed(2).padStart(6)} s (${cpuSeconds.toFixed(2)} s cpu)  peak RSS ${mb(peak).toFixed(0)} MB (before ${mb(baseline).toFixed(0)} MB, JS heap + buffers ≤ ${mb(peakHeap).toFixed(0)} MB)  ${ok}`,
        );
      }
    }
    const smallest = Math.min(...sizes);
    if (rises[smallest] !== undefined && rises[largest] !== undefined && smallest !== largest) {
      const flat = rises[largest]! <= rises[smallest]! + GOALS.flatMb;
      console.log(
        `sheets memory: peak RSS rises ${rises[smallest]!.toFixed(0)} MB for ${smallest} schools, ${rises[largest]!.toFixed(0)} MB for ${largest}  ${flat ? 'flat' : `GOAL MISSED (not flat: ≤ ${GOALS.flatMb} MB more)`}`,
      );
    }
    await pool.end();
  } finally {
    await pg.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
