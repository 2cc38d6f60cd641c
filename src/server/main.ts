/**
 * Starting the server: lock the data folder (PGlite), open and migrate the
 * database, seed an empty one, listen, and say where and how to log in.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { fixedClock, systemClock, type Clock } from './clock.ts';
import type { Config } from './config.ts';
import { openPglite, openPostgres, type Database } from './db/client.ts';
import { lockDataDir, type DataDirLock } from './db/lock.ts';
import { startJobs } from './jobs/runner.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/dien-bien-2019.ts';
import { seedDemo } from './seed/seed-demo.ts';
import { ROLE_LABELS } from '../core/access/roles.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  close: () => Promise<void>;
}

export async function openDatabase(config: Config): Promise<{ database: Database; lock: DataDirLock | null }> {
  if (config.databaseUrl) return { database: await openPostgres(config.databaseUrl), lock: null };
  const lock = lockDataDir(config.dataDir);
  try {
    return { database: await openPglite(config.dataDir), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export async function startServer(config: Config, options: { seed?: boolean; logger?: boolean; clock?: Clock; jobs?: boolean } = {}): Promise<RunningServer & { seeded: boolean }> {
  const clock = options.clock ?? (config.fakeNow ? fixedClock(config.fakeNow) : systemClock());
  const { database, lock } = await openDatabase(config);
  let seeded = false;
  if (options.seed !== false) seeded = (await seedDemo(database.db, clock)).seeded;
  const app = await buildApp({ database, config, clock, logger: options.logger ?? false });
  await app.listen({ port: config.port, host: config.host });
  const stopJobs = options.jobs === false ? async () => undefined : startJobs(database.db, clock);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await stopJobs();
    await app.close();
    await database.close();
    lock?.release();
  };
  return { app, database, url, close, seeded };
}

export function welcomeText(url: string, seeded: boolean, databaseKind: string, dataDir: string): string {
  const lines = [
    '',
    `thucthi đang chạy tại ${url}`,
    `Cơ sở dữ liệu: ${databaseKind === 'pglite' ? `PGlite nhúng trong ${dataDir}` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ' — vừa tạo dữ liệu mẫu Điện Biên và Kế hoạch 82-KH/TU' : ''}`,
    '',
    `Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.username.padEnd(18)} ${ROLE_LABELS[u.role]} — ${u.displayName}`),
    '',
    'Nhấn Ctrl+C để dừng.',
  ];
  return lines.join('\n');
}
