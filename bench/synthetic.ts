/**
 * The databases the national-scale benchmarks run on: the synthetic data
 * set (`thucthi seed --synthetic`, seed 1, dated BENCH_TODAY) in PGlite and
 * in PostgreSQL. Each is seeded once into a template and copied for every
 * run, because the burst submits 2,000 reports and submitted versions can
 * never be deleted: every run starts from the same data.
 *
 * Environment:
 *  - BENCH_DATABASE_URL: the PostgreSQL template database (default
 *    postgres://thucthi:thucthi@127.0.0.1:5432/thucthi_bench), created when
 *    missing; `none` skips PostgreSQL;
 *  - BENCH_DATA_DIR: the PGlite template folder (default $TMPDIR/thucthi-bench-pglite);
 *  - BENCH_SIZE=small: a small data set, for working on the benchmarks;
 *  - BENCH_TARGETS=pglite or postgres: only one of them.
 */
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { CivilDate } from '../src/core/civil-date.ts';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/db/client.ts';
import { units } from '../src/server/db/schema/index.ts';
import { claim, extendObligations } from '../src/server/jobs/runner.ts';
import { openDatabase } from '../src/server/main.ts';
import { seedSynthetic, SYNTHETIC_DEFAULTS, type SyntheticOptions } from '../src/server/seed/synthetic/index.ts';

/** The day of the bench data and of the servers that serve it: fixed, so results do not move with the calendar. */
export const BENCH_TODAY = '2026-11-28' as CivilDate;
export const BENCH_NOW = '2026-11-28T09:00:00+07:00';
export const BENCH_PASSWORD = SYNTHETIC_DEFAULTS.password;

const small = process.env.BENCH_SIZE === 'small';
export const BENCH_OPTIONS: SyntheticOptions = {
  provinces: small ? 3 : null,
  communesPerProvince: small ? 40 : null,
  grassroots: small ? 1_500 : SYNTHETIC_DEFAULTS.grassroots,
  plans: small ? 12 : SYNTHETIC_DEFAULTS.plans,
  periods: SYNTHETIC_DEFAULTS.periods,
  seed: 1,
  password: BENCH_PASSWORD,
  today: BENCH_TODAY,
};

export interface BenchTarget {
  kind: 'pglite' | 'postgres';
  /** Environment for a server process on this target's run copy. */
  serverEnv: Record<string, string>;
  /** Opens the run copy in this process (closing releases the PGlite lock). */
  open: () => Promise<{ database: Database; close: () => Promise<void> }>;
  /** Removes the run copy. */
  cleanup: () => Promise<void>;
}

const log = (line: string) => console.error(line);

async function openAndSeed(config: ReturnType<typeof loadConfig>, label: string): Promise<void> {
  const { database, lock } = await openDatabase(config);
  try {
    if ((await database.db.$count(units)) > 0) return;
    log(`[bench] tạo dữ liệu tổng hợp cho ${label} (một lần, vài phút)…`);
    const summary = await seedSynthetic(database.db, BENCH_OPTIONS, (line) => log(`[bench] ${line}`));
    log(`[bench] ${label}: xong sau ${(summary.totalMs / 1000).toFixed(0)} s`);
  } finally {
    await database.close();
    lock?.release();
  }
}

/**
 * Prepares a run copy: claims today's daily job (the seed already holds
 * every obligation, so the run would add nothing but load), and vacuums the
 * tables the roll-up reads — a freshly seeded copy has no visibility map, so
 * PostgreSQL could not answer from the migration's covering indexes alone
 * (what a long-running database has by autovacuum).
 */
async function prepareRunCopy(database: Database): Promise<void> {
  await claim(database.db, extendObligations.name, BENCH_TODAY);
  for (const table of ['obligations', 'reports']) await database.db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
}

async function pgliteTarget(): Promise<BenchTarget> {
  const template = process.env.BENCH_DATA_DIR || path.join(tmpdir(), small ? 'thucthi-bench-pglite-small' : 'thucthi-bench-pglite');
  const run = `${template}-run`;
  await openAndSeed({ ...loadConfig({ DATA_DIR: template }), databaseUrl: null }, 'PGlite');
  rmSync(run, { recursive: true, force: true });
  cpSync(template, run, { recursive: true });
  rmSync(path.join(run, 'thucthi.lock'), { force: true });
  const config = { ...loadConfig({ DATA_DIR: run }), databaseUrl: null };
  const target: BenchTarget = {
    kind: 'pglite',
    serverEnv: { DATA_DIR: run, THUCTHI_FAKE_NOW: BENCH_NOW },
    open: async () => {
      const { database, lock } = await openDatabase(config);
      return {
        database,
        close: async () => {
          await database.close();
          lock?.release();
        },
      };
    },
    cleanup: async () => rmSync(run, { recursive: true, force: true }),
  };
  const opened = await target.open();
  await prepareRunCopy(opened.database);
  await opened.close();
  return target;
}

async function adminQuery(url: URL, text: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function postgresTarget(rawUrl: string): Promise<BenchTarget | null> {
  const url = new URL(rawUrl);
  const name = url.pathname.slice(1) + (small ? '_small' : '');
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL: tên cơ sở dữ liệu không hợp lệ: ${name}`);
  try {
    await adminQuery(url, `SELECT 1`);
  } catch (error) {
    log(`[bench] bỏ qua PostgreSQL (${(error as Error).message})`);
    return null;
  }
  await adminQuery(url, `CREATE DATABASE ${name}`).catch(() => undefined); // already there
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${name}`;
  await openAndSeed({ ...loadConfig({}), databaseUrl: templateUrl.toString() }, 'PostgreSQL');
  const runName = `${name}_run`;
  await adminQuery(url, `DROP DATABASE IF EXISTS ${runName} WITH (FORCE)`);
  // A file-level copy: seconds, where seeding again takes minutes.
  await adminQuery(url, `CREATE DATABASE ${runName} TEMPLATE ${name}`);
  const runUrl = new URL(url);
  runUrl.pathname = `/${runName}`;
  const config = { ...loadConfig({}), databaseUrl: runUrl.toString() };
  const target: BenchTarget = {
    kind: 'postgres',
    serverEnv: { DATABASE_URL: runUrl.toString(), THUCTHI_FAKE_NOW: BENCH_NOW },
    open: async () => {
      const { database } = await openDatabase(config);
      return { database, close: () => database.close() };
    },
    cleanup: () => adminQuery(url, `DROP DATABASE IF EXISTS ${runName} WITH (FORCE)`),
  };
  const opened = await target.open();
  await prepareRunCopy(opened.database);
  await opened.close();
  return target;
}

/** PGlite, then PostgreSQL when reachable; each a fresh copy of its seeded template. */
export async function* benchTargets(): AsyncGenerator<BenchTarget> {
  const kinds = (process.env.BENCH_TARGETS || 'pglite,postgres').split(',');
  if (kinds.includes('pglite')) yield await pgliteTarget();
  if (!kinds.includes('postgres')) return;
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://thucthi:thucthi@127.0.0.1:5432/thucthi_bench';
  if (url === 'none') return;
  const target = await postgresTarget(url);
  if (target) yield target;
}

/** The label of a target in the table: the database, and whether the proposed indexes were added. */
export const tagOf = (target: BenchTarget) => `[${target.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}]`;
