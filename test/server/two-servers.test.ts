/**
 * Two server processes on one PostgreSQL, as behind a load balancer: a
 * session opened on one works on the other, a draft saved on A is
 * submitted on B and read back on A, a stale save on one is refused after
 * a save on the other, a logout on one ends the session on both, and the
 * daily job runs once between them. Runs when TEST_DATABASE_URL is set
 * (required when THUCTHI_REQUIRE_POSTGRES is).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/core/civil-date.ts';
import { openPostgres } from '../../src/server/db/client.ts';
import { queryRows } from '../../src/server/db/sql.ts';
import { seedSynthetic } from '../../src/server/seed/synthetic/index.ts';
import { testBackends } from '../../src/server/testing/db.ts';
import { ApiClient, startServerProcess, type ServerProcess } from './server-process.ts';

const TODAY = '2026-11-28' as CivilDate;
const NOW = '2026-11-28T09:00:00+07:00';
const PASSWORD = 'thucthi2025';
const FULL = { so_hoi_nghi: 1, luot_can_bo: 10, luot_dang_vien: 30, luot_nhan_dan: 100, tong_dang_vien: 35 };

const withPostgres = testBackends().includes('postgres');

describe.skipIf(!withPostgres)('two server processes on one PostgreSQL', () => {
  const admin = process.env.TEST_DATABASE_URL ?? '';
  const name = `thucthi_two_${randomBytes(5).toString('hex')}`;
  const dirs: string[] = [];
  let url = '';
  let a: ServerProcess;
  let b: ServerProcess;
  let reporter: { username: string; obligationId: string; province: string };

  const adminQuery = async (text: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(text);
    await c.end();
  };
  const query = async <T,>(text: ReturnType<typeof sql>): Promise<T[]> => {
    // Two connections at least: opening holds one for the migration lock while migrating on another.
    const database = await openPostgres(url, 2);
    try {
      return await queryRows<T>(database.db, text);
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    const u = new URL(admin);
    u.pathname = `/${name}`;
    url = u.toString();
    const database = await openPostgres(url, 2);
    try {
      await seedSynthetic(database.db, { provinces: 1, communesPerProvince: 5, grassroots: 10, plans: 2, periods: 2, seed: 5, password: PASSWORD, today: TODAY });
    } finally {
      await database.close();
    }
    const [found] = await query<{ username: string; obligationId: string; province: string }>(
      sql`SELECT u.username, o.id AS "obligationId", p.code AS province
          FROM users u JOIN units c ON c.id = u.unit_id JOIN units p ON p.id = c.parent_id
          JOIN obligations o ON o.unit_id = u.unit_id AND o.period_id = '202612'
          LEFT JOIN reports r ON r.obligation_id = o.id
          WHERE u.role = 'reporter' AND length(c.code) = 5 AND r.id IS NULL ORDER BY u.username LIMIT 1`,
    );
    if (!found) throw new Error('no commune reporter with an open obligation in the seed');
    reporter = found;
    const start = () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'thucthi-two-'));
      dirs.push(dir);
      return startServerProcess({ DATABASE_URL: url, DATA_DIR: dir, THUCTHI_FAKE_NOW: NOW });
    };
    // Started together: migrations are serialised by an advisory lock, the daily job by its claim.
    [a, b] = await Promise.all([start(), start()]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('serves one session from both processes: save on A, submit on B, read on A', async () => {
    expect(a.url).not.toBe(b.url);
    const onA = new ApiClient(a.url);
    expect((await onA.login(reporter.username, PASSWORD)).status).toBe(200);
    const onB = onA.on(b.url);
    const session = await onB.request<{ user: { username: string } }>('GET', '/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.username).toBe(reporter.username);

    const inbox = await onB.request<{ obligations: { id: string }[] }>('GET', '/api/obligations');
    expect(inbox.body.obligations.map((o) => o.id)).toContain(reporter.obligationId);

    const report = `/api/obligations/${reporter.obligationId}/report`;
    const saved = await onA.request<{ version: number }>('PUT', report, { content: { narratives: { 'kho-khan': 'Lưu ở máy chủ A' }, indicators: FULL }, version: 0 });
    expect(saved.status).toBe(200);
    // B answers with what A wrote; a save on B from a version A has moved past is refused.
    const draftOnB = await onB.request<{ report: { content: { narratives: Record<string, string> }; version: number } }>('GET', report);
    expect(draftOnB.body.report.content.narratives['kho-khan']).toBe('Lưu ở máy chủ A');
    const savedOnB = await onB.request<{ version: number }>('PUT', report, { content: { narratives: { 'kho-khan': 'Sửa ở máy chủ B' }, indicators: FULL }, version: saved.body.version });
    expect(savedOnB.status).toBe(200);
    const stale = await onA.request<{ error: { code: string } }>('PUT', report, { content: { narratives: { 'kho-khan': 'bản cũ' }, indicators: FULL }, version: saved.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    const sent = await onB.request('POST', `${report}/actions`, { action: 'submit', comment: null, version: savedOnB.body.version });
    expect(sent.status).toBe(200);
    const read = await onA.request<{ report: { status: string; content: { narratives: Record<string, string> } }; versions: unknown[] }>('GET', report);
    expect(read.body.report.status).toBe('submitted');
    expect(read.body.report.content.narratives['kho-khan']).toBe('Sửa ở máy chủ B');
    expect(read.body.versions).toHaveLength(1);
  });

  it('lets the coordinator on B return what was submitted through A, and the unit see it on A', async () => {
    const coordinator = new ApiClient(b.url);
    expect((await coordinator.login(`dp.${reporter.province}`, PASSWORD)).status).toBe(200);
    const report = `/api/obligations/${reporter.obligationId}/report`;
    const current = await coordinator.request<{ report: { version: number } }>('GET', report);
    const returned = await coordinator.request('POST', `${report}/actions`, { action: 'return', comment: 'Bổ sung số liệu', version: current.body.report.version });
    expect(returned.status).toBe(200);
    const unit = new ApiClient(a.url);
    await unit.login(reporter.username, PASSWORD);
    const seen = await unit.request<{ report: { status: string }; events: { action: string; comment: string | null }[] }>('GET', report);
    expect(seen.body.report.status).toBe('returned');
    expect(seen.body.events[0]).toMatchObject({ action: 'return', comment: 'Bổ sung số liệu' });
  });

  it('ends a session on both when the user logs out on one', async () => {
    const onA = new ApiClient(a.url);
    await onA.login(reporter.username, PASSWORD);
    const onB = onA.on(b.url);
    expect((await onB.request('POST', '/api/auth/logout')).status).toBe(200);
    expect((await onA.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it("runs the day's scheduled job once between the two processes", async () => {
    const claims = await query<{ claimed_by: string; finished: boolean }>(sql`SELECT claimed_by, finished_at IS NOT NULL AS finished FROM job_claims WHERE name = 'extend-obligations' AND key = ${TODAY}`);
    expect(claims).toHaveLength(1);
    expect([`:${a.pid}`, `:${b.pid}`].some((pid) => claims[0]?.claimed_by.endsWith(pid))).toBe(true);
  });
});
