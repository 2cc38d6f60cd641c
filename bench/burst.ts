/**
 * Deadline day: 2,000 reporters, each with their own obligation of the
 * current period, save a draft and submit it through the HTTP API, arriving
 * evenly over 55 seconds (open loop: a slow server does not slow the
 * arrivals down, as it would not on the day). They log in first, outside
 * the timed part. Beside each arrival a GET /api/health probe measures the
 * bare stack under the same load, for the ratio.
 */
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { formatPeriodId, periodForWindowDate } from '../src/core/period/index.ts';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/sql.ts';
import { RULE } from '../src/server/seed/synthetic/plans.ts';
import { ApiClient, type ApiResponse } from '../test/server/server-process.ts';
import { BENCH_PASSWORD, BENCH_TODAY, tagOf, type BenchTarget } from './synthetic.ts';
import { median, percentile, type BenchRow } from './util.ts';

const USERS = Number(process.env.BENCH_BURST_USERS || 2_000);
const WINDOW_MS = Number(process.env.BENCH_BURST_MS || 55_000);

export interface BurstItem {
  username: string;
  obligationId: string;
  /** The report's version (0 when the unit has not saved anything yet). */
  version: number;
}

/** One open obligation of the current period per reporter: no report yet, or a draft. */
export async function burstItems(database: Database, limit = USERS): Promise<BurstItem[]> {
  const periodId = formatPeriodId(periodForWindowDate(RULE, BENCH_TODAY));
  return queryRows<BurstItem>(
    database.db,
    sql`SELECT DISTINCT ON (u.username) u.username, o.id AS "obligationId", coalesce(r.version, 0)::int AS version
        FROM users u JOIN obligations o ON o.unit_id = u.unit_id AND o.period_id = ${periodId}
        LEFT JOIN reports r ON r.obligation_id = o.id
        WHERE u.role = 'reporter' AND (r.id IS NULL OR r.status = 'draft')
        ORDER BY u.username LIMIT ${limit}`,
  );
}

async function inPool<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

const content = (username: string) => ({
  narratives: { 'kho-khan': `Báo cáo của ${username}: hạ tầng mạng ở một số thôn còn hạn chế.`, 'de-xuat': 'Đề nghị hỗ trợ kinh phí tập huấn kỹ năng số.' },
  indicators: { so_hoi_nghi: 2, luot_can_bo: 15, luot_dang_vien: 120, luot_nhan_dan: 300, tong_dang_vien: 140 },
});

export async function benchBurst(target: BenchTarget, baseUrl: string, items: readonly BurstItem[]): Promise<BenchRow[]> {
  const tag = tagOf(target);
  const clients = new Map<string, ApiClient>();
  const tLogin = performance.now();
  await inPool(items, 8, async (item) => {
    const c = new ApiClient(baseUrl);
    const res = await c.login(item.username, BENCH_PASSWORD);
    if (res.status !== 200) throw new Error(`đăng nhập ${item.username}: ${res.status} ${JSON.stringify(res.body)}`);
    clients.set(item.username, c);
  });
  console.error(`[bench] ${tag} đã đăng nhập ${items.length} tài khoản sau ${((performance.now() - tLogin) / 1000).toFixed(0)} s (ngoài phần đo)`);

  const latencies: number[] = [];
  const probes: number[] = [];
  const failures: string[] = [];
  const health = new ApiClient(baseUrl);
  const gap = WINDOW_MS / Math.max(1, items.length);
  const t0 = performance.now();
  await Promise.all(
    items.map(async (item, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * gap));
      const c = clients.get(item.username) as ApiClient;
      // A probe that fails (the server too busy to accept) counts with the time it took to fail.
      const probeStart = performance.now();
      const probe = health.request('GET', '/api/health').then(
        (r) => probes.push(r.ms),
        () => probes.push(performance.now() - probeStart),
      );
      // Failed requests count in the latencies too, with the time they took to fail.
      const timed = async <T>(call: () => Promise<ApiResponse<T>>): Promise<ApiResponse<T>> => {
        const start = performance.now();
        try {
          const res = await call();
          latencies.push(res.ms);
          return res;
        } catch (error) {
          latencies.push(performance.now() - start);
          throw error;
        }
      };
      try {
        const saved = await timed(() => c.request<{ version: number }>('PUT', `/api/obligations/${item.obligationId}/report`, { content: content(item.username), version: item.version }));
        if (saved.status !== 200) throw new Error(`PUT ${saved.status} ${JSON.stringify(saved.body)}`);
        const sent = await timed(() => c.request('POST', `/api/obligations/${item.obligationId}/report/actions`, { action: 'submit', comment: null, version: saved.body.version }));
        if (sent.status !== 200) throw new Error(`POST ${sent.status} ${JSON.stringify(sent.body)}`);
      } catch (error) {
        failures.push(`${item.username}: ${(error as Error).message}`);
      }
      await probe;
    }),
  );
  const elapsed = performance.now() - t0;
  if (failures.length) console.error(`[bench] ${tag} lỗi khi nộp (${failures.length}):\n  ${failures.slice(0, 5).join('\n  ')}`);
  console.error(`[bench] ${tag} ${items.length} lần nộp xong sau ${(elapsed / 1000).toFixed(1)} s; p50 ${median(latencies).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`);
  const what = `${items.length} lần lưu + gửi trong ${(WINDOW_MS / 1000).toFixed(0)} s`;
  return [
    { name: `${tag} burst ${what}: lỗi (xong sau ${(elapsed / 1000).toFixed(1)} s)`, value: failures.length, unit: 'lỗi', baseline: null, baselineName: '', target: '0, trong 60 s' },
    { name: `${tag} burst: p99 mỗi yêu cầu (PUT, POST)`, value: percentile(latencies, 99), unit: 'ms', baseline: percentile(probes, 99), baselineName: 'GET /api/health p99 cùng lúc', target: '< 300 ms' },
    { name: `${tag} burst: p50 mỗi yêu cầu`, value: median(latencies), unit: 'ms', baseline: median(probes), baselineName: 'GET /api/health p50 cùng lúc', target: '—' },
  ];
}
