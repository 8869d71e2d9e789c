// Putting the app into service: a database given through DATABASE_URL gets no demo accounts;
// `npm run setup` creates a region's first operator whose one-time password is changed at the
// first sign-in (in Chromium); a signed-out session cookie is worthless; rotating
// X-Forwarded-For does not get round the login limit.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '@/db/embedded';
import { appDatabaseUrl, appUrl, launchBrowser } from '../support/browser';

const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const DEMO_PASSWORD = 'nastavnik2026';

/** A minimal cookie jar over fetch, speaking next-auth's credentials flow as the login form does. */
class Client_ {
  cookies = new Map<string, string>();
  constructor(private readonly forwardedFor?: () => string) {}
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async fetch(p: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('cookie', this.header());
    if (this.forwardedFor) headers.set('x-forwarded-for', this.forwardedFor());
    const res = await fetch(appUrl(p), { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
  async csrf(): Promise<string> {
    return ((await (await this.fetch('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  }
  async post(p: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ ...fields, csrfToken: await this.csrf(), json: 'true' });
    return this.fetch(p, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
  /** The error next-auth reports for a sign-in, or null when it succeeded. */
  async signIn(email: string, password: string): Promise<string | null> {
    const res = await this.post('/api/auth/callback/credentials', { email, password, callbackUrl: appUrl('/dashboard') });
    const { url } = (await res.json()) as { url: string };
    return new URL(url).searchParams.get('error');
  }
  sessionCookie() {
    return [...this.cookies.keys()].find((k) => k.endsWith('next-auth.session-token'));
  }
}

describe('sessions and the login limit', () => {
  it('a session cookie kept after sign-out opens nothing', async () => {
    const client = new Client_();
    expect(await client.signIn('head3@nastavnik.demo', DEMO_PASSWORD)).toBeNull();
    const name = client.sessionCookie()!;
    const stolen = client.cookies.get(name)!;
    expect((await client.fetch('/dashboard')).status).toBe(200);
    const out = await client.post('/api/auth/signout', { callbackUrl: appUrl('/login') });
    expect(out.status).toBeLessThan(400);
    // Replaying the cookie as it was before the sign-out:
    const replay = await fetch(appUrl('/dashboard'), { headers: { cookie: `${name}=${stolen}` }, redirect: 'manual' });
    expect(replay.status).toBe(307);
    expect(replay.headers.get('location')).toContain('/login');
  });

  it('rotating X-Forwarded-For does not reset the count of failures (no trusted proxy configured)', async () => {
    let n = 0;
    const client = new Client_(() => `198.51.100.${++n}`);
    for (let i = 0; i < 10; i++) expect(await client.signIn('head4@nastavnik.demo', `wrong-password-${i}`)).not.toBeNull();
    const error = await client.signIn('head4@nastavnik.demo', DEMO_PASSWORD);
    expect(error).toMatch(/Слишком много неудачных попыток входа/);
    expect(client.sessionCookie()).toBeUndefined();
  });
});

describe('putting the app into service', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('the setup command creates a region; its operator signs in with the one-time password and must change it first', async () => {
    const { stdout } = await promisify(execFile)(TSX, ['scripts/setup.ts', '--region', 'Томская область', '--email', 'Operator@Tomsk.example'], {
      env: { ...process.env, DATABASE_URL: appDatabaseUrl() },
    });
    expect(stdout).toContain('Регион «Томская область» создан.');
    const password = /Временный пароль[^:]*: (\S+)/.exec(stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);

    const page = await browser.newPage();
    await page.goto(appUrl('/login'));
    await page.getByText('Демонстрационный режим').waitFor();
    await page.getByLabel('Эл. почта').fill('operator@tomsk.example');
    await page.getByLabel('Пароль').fill(password!);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL('**/account');
    await page.getByText('Вы вошли с временным паролем').waitFor();
    // Any other page leads back here until the password is changed.
    await page.goto(appUrl('/monitoring'));
    await page.waitForURL('**/account');

    await page.getByLabel('Текущий пароль').fill(password!);
    await page.getByLabel('Новый пароль', { exact: true }).fill('qwerty123456');
    await page.getByLabel('Новый пароль ещё раз').fill('qwerty123456');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByText('Этот пароль входит в список самых распространённых').first().waitFor();

    await page.getByLabel('Новый пароль', { exact: true }).fill('Кедры-шумят-над-Томью');
    await page.getByLabel('Новый пароль ещё раз').fill('Кедры-шумят-над-Томью');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByText('Пароль изменён.').waitFor();

    await page.goto(appUrl('/dashboard'));
    await page.getByRole('heading', { name: 'Томская область: муниципалитеты' }).waitFor();
    expect(page.url()).toContain('/dashboard');
    await page.close();

    // The new password is the one that works now.
    const client = new Client_();
    expect(await client.signIn('operator@tomsk.example', password!)).not.toBeNull();
    expect(await client.signIn('operator@tomsk.example', 'Кедры-шумят-над-Томью')).toBeNull();
  });

  it('`npm start` against a fresh DATABASE_URL seeds no demo account', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `fresh_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
    const port = await freePort();
    let out = '';
    const child: ChildProcess = spawn(TSX, ['scripts/start.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), WEB_CONCURRENCY: '1', NEXTAUTH_SECRET: randomBytes(16).toString('hex') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (out += String(d)));
    try {
      const deadline = Date.now() + 120_000;
      while (!out.includes('Наставник готов') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
      expect(out).toContain('Наставник готов');
      expect(out).toContain('Демонстрационные данные не загружены');
      expect(out).not.toContain(DEMO_PASSWORD);
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      const { rows } = await db.query('select count(*)::int as n from users');
      const { rows: orgs } = await db.query('select count(*)::int as n from organizations');
      await db.end();
      expect(rows[0].n).toBe(0);
      expect(orgs[0].n).toBe(0);
      // The login page of such an installation shows no demo strip.
      const res = await fetch(`http://127.0.0.1:${port}/api/demo-mode`);
      expect(await res.json()).toEqual({ demo: false });
    } finally {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    }
  }, 150_000);
});
