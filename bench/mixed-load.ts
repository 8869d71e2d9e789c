// A school day's mixed load: 32 signed-in users of the demo district (28 heads, the district
// coordinator, the region operator, a curator and a teacher) over 50 connections request their
// dashboards, registers and staff lists while writes arrive at a set rate, each in a random
// school, made through the app's own operation (a head edits a staff record: updatePerson in
// a transaction with its audit row, as the server action runs it). Per rate it prints req/s,
// p50/p95/p99, the share of views answered by the page cache (x-page-cache: hit or shared)
// and errors; and after every write the writer's next view of the staff list must show it
// (read-your-writes), counted as violations. Goal at 5 writes/s: p95 ≤ 150 ms, 0 errors, 0 violations.
//   npx tsx bench/mixed-load.ts [seconds per rate, default 20] [rates, default 0,1,5]
import type { Result } from 'autocannon';
import { runUnderReactServer } from '@/scripts/react-server';

runUnderReactServer();

const SECONDS = Number(process.argv[2] ?? 20);
const RATES = (process.argv[3] ?? '0,1,5').split(',').map(Number);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 50;
const GOAL_P95_MS = 150;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Session {
  email: string;
  role: string;
  cookie: string;
  pages: string[];
}

interface Writer {
  schoolName: string;
  cookie: string;
  scope: import('@/lib/server/auth/scope').Scope;
  person: import('@/db/schema').Person;
}

async function main() {
  const autocannon = (await import('autocannon')).default;
  const { and, eq } = await import('drizzle-orm');
  const { connect } = await import('@/db/client');
  const { organizations, people, users } = await import('@/db/schema');
  const { DEMO_PASSWORD } = await import('@/db/seed');
  const { loadScope } = await import('@/lib/server/auth/scope');
  const { runInScope } = await import('@/lib/server/context');
  const { createPerson } = await import('@/lib/server/people/create-person');
  const { updatePerson } = await import('@/lib/server/people/update-person');
  const { personSchema, updatePersonSchema } = await import('@/lib/domain/validations/person');
  const { sessionCookie, startBenchApp } = await import('./support/app-server');

  const app = await startBenchApp();
  const { db, pool } = connect(app.databaseUrl, 4);
  const meta = { ip: null, userAgent: 'bench/mixed-load' };
  try {
    const accounts = await db
      .select({ id: users.id, email: users.email, role: users.role, orgId: users.organizationId, orgName: organizations.shortName })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId));
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    const heads = accounts.filter((a) => a.role === 'school_head').sort((a, b) => a.email.localeCompare(b.email, 'en', { numeric: true }));
    const curator = accounts.find((a) => a.role === 'curator')!;
    const teacher = byEmail.get('durnovo.la@school1.biysk.example') ?? accounts.find((a) => a.role === 'teacher')!;
    const pagesOf: Record<string, string[]> = {
      school_head: ['/dashboard', '/documents', '/staff'],
      curator: ['/dashboard', '/pairs', '/staff'],
      teacher: ['/dashboard', '/notifications'],
      district_coordinator: ['/dashboard', '/schools', '/district/progress'],
      region_operator: ['/dashboard', '/schools', '/documents'],
    };
    const chosen = [...heads, byEmail.get('district@nastavnik.demo')!, byEmail.get('region@nastavnik.demo')!, curator, teacher];
    const sessions: Session[] = [];
    for (const a of chosen) {
      sessions.push({ email: a.email, role: a.role, cookie: await sessionCookie(app.url, a.email, DEMO_PASSWORD), pages: pagesOf[a.role]! });
    }

    // Every school gets a staff record its head edits (the demo fills only the first school).
    const writers: Writer[] = [];
    for (const head of heads) {
      const scope = (await loadScope(db, head.id))!;
      const staffName = { lastName: 'Нагрузкина', firstName: 'Вера', middleName: 'Тестовна' };
      let [person] = await db
        .select()
        .from(people)
        .where(and(eq(people.organizationId, head.orgId), eq(people.lastName, staffName.lastName)));
      if (!person) {
        const input = personSchema.parse({ ...staffName, position: 'учитель', personalDataConsent: true, personalDataConsentDate: '2026-09-01' });
        const { id } = await runInScope(db, scope, meta, (ctx) => createPerson(ctx, input));
        [person] = await db.select().from(people).where(eq(people.id, id));
      }
      writers.push({ schoolName: head.orgName, cookie: sessions.find((s) => s.email === head.email)!.cookie, scope, person: person! });
    }

    let edits = 0;
    /** Schools with a write in flight: two edits of one record racing would commit in either order. */
    const busy = new Set<Writer>();
    /** One write by a random school's head, then that head's next view of the staff list. */
    async function writeAndView(result: { writes: number; writeErrors: number; violations: string[] }) {
      const free = writers.filter((w) => !busy.has(w));
      const w = free[Math.floor(Math.random() * free.length)];
      if (!w) return;
      busy.add(w);
      try {
        await editAndView(w, result);
      } finally {
        busy.delete(w);
      }
    }

    async function editAndView(w: Writer, result: { writes: number; writeErrors: number; violations: string[] }) {
      const edit = ++edits;
      const position = `учитель (правка ${edit})`;
      try {
        const input = updatePersonSchema.parse({
          personId: w.person.id,
          lastName: w.person.lastName,
          firstName: w.person.firstName,
          middleName: w.person.middleName ?? '',
          position,
          personalDataConsent: true,
          personalDataConsentDate: w.person.personalDataConsentDate ?? '2026-09-01',
        });
        await runInScope(db, w.scope, meta, (ctx) => updatePerson(ctx, input));
        result.writes++;
      } catch (e) {
        result.writeErrors++;
        console.error('write failed:', e);
        return;
      }
      const res = await fetch(`${app.url}/staff`, { headers: { cookie: w.cookie } });
      // A later edit of the same record may have committed meanwhile: the view must show this one or a later one.
      const shown = Math.max(-1, ...[...(await res.text()).matchAll(/учитель \(правка (\d+)\)/g)].map((m) => Number(m[1])));
      if (shown < edit) result.violations.push(`${w.schoolName}: edit ${edit} written, the next view shows ${shown < 0 ? 'none' : `edit ${shown}`} (${res.status}, ${res.headers.get('x-page-cache')})`);
    }

    /** 50 connections over random (session, page) pairs for `seconds`, with writes at `rate` per second. */
    async function run(seconds: number, rate: number) {
      const times: number[] = [];
      const states = { hit: 0, shared: 0, miss: 0, none: 0 };
      /** Rendered views by role and page: which pages writes keep re-rendering. */
      const misses = new Map<string, number>();
      const result = { writes: 0, writeErrors: 0, violations: [] as string[] };
      const pending: Promise<void>[] = [];
      const timer = rate > 0 ? setInterval(() => pending.push(writeAndView(result)), 1000 / rate) : undefined;
      const load = await new Promise<Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: app.url,
            connections: CONNECTIONS,
            duration: seconds,
            requests: [
              {
                setupRequest: (req, context: { view?: string }) => {
                  const s = sessions[Math.floor(Math.random() * sessions.length)]!;
                  const page = s.pages[Math.floor(Math.random() * s.pages.length)]!;
                  context.view = `${s.role} ${page}`;
                  return { ...req, path: page, headers: { ...req.headers, cookie: s.cookie } };
                },
                onResponse: (_status, _body, context: { view?: string }, headers) => {
                  const state = String(headers?.['x-page-cache'] ?? 'none') as keyof typeof states;
                  states[state in states ? state : 'none']++;
                  if (state === 'miss') misses.set(context.view!, (misses.get(context.view!) ?? 0) + 1);
                },
              },
            ],
          },
          (err, r) => (err ? reject(err) : resolve(r)),
        );
        instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
      });
      clearInterval(timer);
      await Promise.all(pending);
      times.sort((a, b) => a - b);
      const total = states.hit + states.shared + states.miss + states.none;
      return {
        rps: load.requests.average,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        cached: total ? (states.hit + states.shared) / total : 0,
        errors: load.non2xx + load.errors, // errors include the timeouts
        errorKinds: [
          ...Object.entries(load.statusCodeStats ?? {})
            .filter(([code]) => !code.startsWith('2'))
            .map(([code, s]) => `HTTP ${code} × ${s.count}`),
          ...(load.timeouts ? [`timeouts × ${load.timeouts}`] : []),
          ...(load.errors - load.timeouts > 0 ? [`connection errors × ${load.errors - load.timeouts}`] : []),
        ],
        misses: [...misses].sort((a, b) => b[1] - a[1]),
        ...result,
      };
    }

    // Every page of every session viewed a few times first, so that each worker holds it: on
    // a busy machine a cold start at 50 connections times out renders, and a render whose
    // client gave up is not kept.
    const views = sessions.flatMap((s) => s.pages.map((page) => ({ s, page })));
    for (let i = 0; i < views.length; i += 4) {
      await Promise.all(
        views.slice(i, i + 4).map(async ({ s, page }) => {
          for (let n = 0; n < 3; n++) await (await fetch(`${app.url}${page}`, { headers: { cookie: s.cookie } })).arrayBuffer();
        }),
      );
    }

    console.log(`${sessions.length} sessions (${heads.length} heads, coordinator, region operator, curator, teacher), ${CONNECTIONS} connections, ${SECONDS} s per rate`);
    console.log('writes/s  req/s   p50 ms  p95 ms  p99 ms  cached  errors  writes  write errors  read-your-writes violations');
    let failed = false;
    for (const rate of RATES) {
      await run(WARM_UP_SECONDS, rate); // warm-up pass is discarded
      const r = await run(SECONDS, rate);
      console.log(
        `${String(rate).padStart(8)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ` +
          `${(100 * r.cached).toFixed(0).padStart(6)}% ${String(r.errors).padStart(7)} ${String(r.writes).padStart(7)} ${String(r.writeErrors).padStart(13)}  ${r.violations.length}`,
      );
      if (r.errorKinds.length > 0) console.log(`    errors: ${r.errorKinds.join(', ')}`);
      if (r.misses.length > 0) console.log(`    renders per second: ${r.misses.slice(0, 6).map(([view, n]) => `${view} ${(n / SECONDS).toFixed(1)}`).join(', ')}`);
      for (const v of r.violations.slice(0, 10)) console.log(`    violation: ${v}`);
      // Correctness fails the run; latency and timeouts depend on the machine and are printed.
      failed ||= r.writeErrors > 0 || r.violations.length > 0;
      if (rate === 5 && r.p95 > GOAL_P95_MS) console.log(`    p95 above the goal of ${GOAL_P95_MS} ms`);
    }
    if (failed) process.exitCode = 1;
  } finally {
    await pool.end();
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
