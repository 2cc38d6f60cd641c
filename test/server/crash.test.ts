/**
 * Crash in the middle of a burst: the real server (a child process) takes
 * draft saves and submissions from ~120 reporters, is killed with SIGKILL
 * partway through, and is started again on the same data. Every submission
 * the client saw acknowledged (HTTP 200) is there exactly once — one
 * immutable version, status submitted, its event and audit rows — and the
 * ones whose answer was lost are either fully there or not at all, and can
 * be sent again. On PGlite the restart also takes over the data-folder lock
 * the killed process left behind; on PostgreSQL (TEST_DATABASE_URL) it runs
 * on a fresh database.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/core/civil-date.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/sql.ts';
import { openDatabase } from '../../src/server/main.ts';
import { seedSynthetic } from '../../src/server/seed/synthetic/index.ts';
import { testBackends, type Backend } from '../../src/server/testing/db.ts';
import { ApiClient, startServerProcess, type ServerProcess } from './server-process.ts';

const TODAY = '2026-11-28' as CivilDate;
const NOW = '2026-11-28T09:00:00+07:00';
const PASSWORD = 'thucthi2025';
const SIZE = { provinces: 2, communesPerProvince: 60, grassroots: 40, plans: 3, periods: 2, seed: 11, password: PASSWORD, today: TODAY };
const FULL = { so_hoi_nghi: 1, luot_can_bo: 10, luot_dang_vien: 30, luot_nhan_dan: 100, tong_dang_vien: 35 };

interface Item {
  username: string;
  obligationId: string;
  version: number;
}

/** A place for the server's data: a PGlite folder, or a fresh PostgreSQL database. */
async function makeStore(backend: Backend): Promise<{ env: Record<string, string>; config: ReturnType<typeof loadConfig>; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-crash-'));
    return { env: { DATA_DIR: dir }, config: { ...loadConfig({ DATA_DIR: dir }), databaseUrl: null }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-crash-files-'));
  const admin = process.env.TEST_DATABASE_URL ?? '';
  const name = `thucthi_crash_${randomBytes(5).toString('hex')}`;
  const run = async (text: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(text);
    await c.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    // DATA_DIR still holds uploaded files with PostgreSQL.
    env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
    config: { ...loadConfig({ DATA_DIR: dir }), databaseUrl: url.toString() },
    drop: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` on the store from this process (only while no server holds it). */
async function withDb<T>(config: ReturnType<typeof loadConfig>, fn: (db: Db) => Promise<T>): Promise<T> {
  const { database, lock } = await openDatabase(config);
  try {
    return await fn(database.db);
  } finally {
    await database.close();
    lock?.release();
  }
}

describe.each(testBackends())('kill -9 during a burst of submissions on %s', (backend) => {
  let store: Awaited<ReturnType<typeof makeStore>> | null = null;
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.kill9();
    await store?.drop();
  });

  it('keeps every acknowledged submission exactly once, and nothing half-written', { timeout: 300_000 }, async () => {
    store = await makeStore(backend);
    const items = await withDb(store.config, async (db) => {
      await seedSynthetic(db, SIZE);
      return queryRows<Item>(
        db,
        sql`SELECT DISTINCT ON (u.username) u.username, o.id AS "obligationId", coalesce(r.version, 0)::int AS version
            FROM users u JOIN obligations o ON o.unit_id = u.unit_id AND o.period_id = '202612'
            LEFT JOIN reports r ON r.obligation_id = o.id
            WHERE u.role = 'reporter' AND (r.id IS NULL OR r.status = 'draft') ORDER BY u.username`,
      );
    });
    expect(items.length).toBeGreaterThan(80);

    const env = { ...store.env, THUCTHI_FAKE_NOW: NOW };
    server = await startServerProcess(env);
    const first = server;
    const clients = new Map<string, ApiClient>();
    for (let i = 0; i < items.length; i += 6) {
      await Promise.all(
        items.slice(i, i + 6).map(async (item) => {
          const c = new ApiClient(first.url);
          expect((await c.login(item.username, PASSWORD)).status).toBe(200);
          clients.set(item.username, c);
        }),
      );
    }

    // The burst: 12 reporters at a time save and submit; the server dies once a third are acknowledged.
    const acknowledged = new Set<string>();
    const lost = new Set<string>();
    let killed = false;
    let next = 0;
    const killAt = Math.floor(items.length / 3);
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < items.length && !killed) {
          const item = items[next++] as Item;
          const c = clients.get(item.username) as ApiClient;
          try {
            const saved = await c.request<{ version: number }>('PUT', `/api/obligations/${item.obligationId}/report`, { content: { narratives: { 'kho-khan': item.username }, indicators: FULL }, version: item.version });
            expect(saved.status).toBe(200);
            const sent = await c.request('POST', `/api/obligations/${item.obligationId}/report/actions`, { action: 'submit', comment: null, version: saved.body.version });
            expect(sent.status).toBe(200);
            acknowledged.add(item.obligationId);
            if (acknowledged.size >= killAt && !killed) {
              killed = true;
              await first.kill9();
            }
          } catch (error) {
            // A request cut off by the kill: its outcome is unknown to the client.
            if (!killed) throw error;
            lost.add(item.obligationId);
          }
        }
      }),
    );
    expect(killed).toBe(true);
    console.info(`[crash ${backend}] ${acknowledged.size} acknowledged before kill -9, ${lost.size} cut off in flight, ${items.length} reporters in all`);
    if (backend === 'pglite') {
      // The dead process's lock is still on disk: the restart must take it over, not refuse.
      expect(readFileSync(path.join(store.env.DATA_DIR ?? '', 'thucthi.lock'), 'utf8')).toContain(`:${first.pid}`);
    }

    server = await startServerProcess(env);
    const second = server;
    // Sessions live in the database: the same cookies work on the restarted server.
    for (const item of items) {
      const c = (clients.get(item.username) as ApiClient).on(second.url);
      const report = await c.request<{ report: { status: string; version: number }; versions: unknown[] }>('GET', `/api/obligations/${item.obligationId}/report`);
      expect(report.status).toBe(200);
      if (acknowledged.has(item.obligationId)) {
        expect(report.body.report.status).toBe('submitted');
        expect(report.body.versions).toHaveLength(1);
      } else if (report.body.report.status !== 'submitted') {
        // Not sent, or sent without an answer and not kept: it can be sent now.
        const saved = await c.request<{ version: number }>('PUT', `/api/obligations/${item.obligationId}/report`, { content: { narratives: { 'kho-khan': 'gửi lại' }, indicators: FULL }, version: report.body.report.version });
        expect(saved.status).toBe(200);
        expect((await c.request('POST', `/api/obligations/${item.obligationId}/report/actions`, { action: 'submit', comment: null, version: saved.body.version })).status).toBe(200);
      }
    }
    expect(await second.stop()).toBe(0);
    server = null;

    const rows = await withDb(store.config, (db) =>
      queryRows<{ obligation_id: string; status: string; version_count: number; versions: number; submits: number; audited: number }>(
        db,
        sql`SELECT r.obligation_id, r.status, r.version_count,
                   (SELECT count(*)::int FROM report_versions v WHERE v.report_id = r.id) AS versions,
                   (SELECT count(*)::int FROM report_events e WHERE e.report_id = r.id AND e.action = 'submit') AS submits,
                   (SELECT count(*)::int FROM report_versions v JOIN audit_log a ON a.entity = 'report_versions' AND a.entity_id = v.id::text WHERE v.report_id = r.id) AS audited
            FROM reports r WHERE r.obligation_id = ANY(${`{${items.map((i) => i.obligationId).join(',')}}`}::uuid[])`,
      ),
    );
    const byObligation = new Map(rows.map((r) => [r.obligation_id, r]));
    for (const item of items) {
      // Every one of them submitted exactly once by now: the acknowledged ones before the kill, the others after.
      expect(byObligation.get(item.obligationId)).toMatchObject({ status: 'submitted', version_count: 1, versions: 1, submits: 1, audited: 1 });
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(killAt);
  });
});
