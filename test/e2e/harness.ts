/**
 * Browser tests: a real server (in this process, on a free port, with its own
 * temporary PGlite folder and the demo seed) and Debian's Chromium driven by
 * playwright-core, headless, with the flags that keep it off the network.
 */
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/server/config.ts';
import { startServer, type RunningServer } from '../../src/server/main.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/dien-bien-2019.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts');
export const browserAvailable = existsSync(CHROMIUM_PATH);

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface E2E {
  url: string;
  server: RunningServer;
  browser: Browser;
  /** A fresh browser context (its own cookies), optionally phone-sized. */
  newPage(options?: { phone?: boolean }): Promise<Page>;
  /** Logs in through the form (also on a server running on a fixed past clock). */
  login(page: Page, username: string, password?: string): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startE2E(options: { now?: string } = {}): Promise<E2E> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thucthi-e2e-'));
  const config = {
    ...loadConfig({}, path.resolve(import.meta.dirname, '../..')),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    filesDir: path.join(dataDir, 'files'),
    databaseUrl: null,
    fakeNow: options.now ?? null,
  };
  const server = await startServer(config);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    server,
    browser,
    async newPage({ phone = false } = {}) {
      const context = await browser.newContext({
        baseURL: server.url,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 860 },
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // Any request leaving the machine is a bug (closed networks): fail loudly.
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
        throw new Error(`request to an outside address: ${route.request().url()}`);
      });
      return page;
    },
    async login(page, username, password = DEMO_PASSWORD) {
      // On a server running on a fixed past clock the session cookie's expiry is
      // already past for the browser, which would drop it: the login response is
      // passed on with the expiry taken off (a session cookie, stored before the
      // app's first request; the server still checks the session's own expiry).
      if (options.now) {
        await page.route('**/api/auth/login', async (route) => {
          const response = await route.fetch();
          const headers = response.headers();
          const cookie = headers['set-cookie'];
          if (cookie) {
            headers['set-cookie'] = cookie
              .split('\n')
              .map((c) => c.split(';').filter((part) => !/^\s*(expires|max-age)=/i.test(part)).join(';'))
              .join('\n');
          }
          await route.fulfill({ response, headers });
        });
      }
      await page.goto('/dang-nhap');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    },
    async screenshot(page, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** JSON calls as the page's logged-in user, with the session's CSRF token on writes; a non-2xx throws. */
export async function apiOf(page: Page) {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  const check = async (res: Awaited<ReturnType<Page['request']['get']>>): Promise<unknown> => {
    if (!res.ok()) throw new Error(`${res.url()}: ${res.status()} ${await res.text()}`);
    return res.json();
  };
  return {
    get: async (url: string) => check(await page.request.get(url)),
    post: async (url: string, data: unknown) => check(await page.request.post(url, { data, headers })),
    put: async (url: string, data: unknown) => check(await page.request.put(url, { data, headers })),
  };
}
