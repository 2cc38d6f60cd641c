/**
 * A test application over a test database with the demo organisation, driven
 * through `app.inject` (no network), with helpers to log in as the demo users.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { fixedClock, systemClock, type Clock } from '../clock.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { inTransaction } from '../db/uow.ts';
import { DEMO_PASSWORD } from '../seed/dien-bien-2019.ts';
import { seedOrganisation, seedPlan, seedReorganisation2025 } from '../seed/seed-demo.ts';
import { openTestDatabase, type Backend } from './db.ts';

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
  unitId: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: Clock;
  units: Map<string, string>;
  login(username: string, password?: string): Promise<Session>;
  /** inject with the session's cookie and CSRF token. */
  as(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(backend: Backend, options: { now?: string; config?: Partial<Config>; withPlan?: boolean; reorganisation?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const clock = options.now ? fixedClock(options.now) : systemClock();
  const units = await inTransaction(database.db, null, async (work) => {
    const ids = await seedOrganisation(work);
    if (options.reorganisation !== false) await seedReorganisation2025(work, ids);
    if (options.withPlan) await seedPlan(work, 'btg.dieuphoi', clock.today());
    return ids;
  });
  const filesDir = mkdtempSync(path.join(tmpdir(), 'thucthi-files-'));
  const config: Config = { ...loadConfig({}, process.cwd()), webDir: '/nonexistent', filesDir, ...options.config };
  const app = await buildApp({ database, config, clock });
  await app.ready();
  const login = async (username: string, password = DEMO_PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const body = res.json() as { csrfToken: string; user: { id: string; unitId: string } };
    const setCookie = res.cookies.find((c) => c.name === 'thucthi_session');
    if (!setCookie) throw new Error('no session cookie');
    return { cookie: `thucthi_session=${setCookie.value}`, csrf: body.csrfToken, userId: body.user.id, unitId: body.user.unitId };
  };
  const as = (session: Session | null, opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: { ...(opts.headers ?? {}), ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) },
    });
  return {
    app,
    database,
    config,
    clock,
    units,
    login,
    as,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
