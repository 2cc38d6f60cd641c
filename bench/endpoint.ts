/**
 * "Việc của đơn vị" under load: GET /api/duties as a commune reporter at 50
 * connections (autocannon), beside GET /api/health on the same server in
 * the same run — the ratio is what the route costs over the bare stack.
 */
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.ts';
import { queryRows } from '../src/server/db/sql.ts';
import { ApiClient } from '../test/server/server-process.ts';
import { BENCH_PASSWORD, tagOf, type BenchTarget } from './synthetic.ts';
import type { BenchRow } from './util.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);

/** The reporter of the commune with the most duties in its subtree (a commune with its own plan). */
export async function endpointReporter(database: Database): Promise<{ username: string; duties: number }> {
  const [row] = await queryRows<{ username: string; duties: number }>(
    database.db,
    sql`SELECT u.username, count(d.id)::int AS duties
        FROM duties d JOIN units g ON g.id = d.unit_id
        JOIN units c ON c.id = CASE WHEN g.kind = 'co-so' THEN g.parent_id ELSE g.id END
        JOIN users u ON u.unit_id = c.id
        WHERE u.role = 'reporter' AND length(c.code) = 5
        GROUP BY u.username ORDER BY duties DESC, u.username LIMIT 1`,
  );
  if (!row) throw new Error('no commune reporter in the bench data');
  return row;
}

async function hammer(url: string, headers: Record<string, string>): Promise<autocannon.Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
}

export async function benchEndpoint(target: BenchTarget, baseUrl: string, reporter: { username: string; duties: number }): Promise<BenchRow[]> {
  const client = new ApiClient(baseUrl);
  const login = await client.login(reporter.username, BENCH_PASSWORD);
  if (login.status !== 200) throw new Error(`đăng nhập ${reporter.username} thất bại: ${JSON.stringify(login.body)}`);
  const sample = await client.request<{ duties: unknown[] }>('GET', '/api/duties');
  const duties = await hammer(`${baseUrl}/api/duties`, { cookie: client.cookieHeader });
  const health = await hammer(`${baseUrl}/api/health`, {});
  const tag = tagOf(target);
  const failed = duties.non2xx + duties.errors;
  console.error(
    `[bench] ${tag} /api/duties (${reporter.username}, ${sample.body.duties.length} nhiệm vụ): ${duties.requests.average.toFixed(0)} req/s, p99 ${duties.latency.p99} ms, lỗi ${failed}; /api/health ${health.requests.average.toFixed(0)} req/s`,
  );
  return [
    {
      name: `${tag} GET /api/duties, ${sample.body.duties.length} nhiệm vụ, ${CONNECTIONS} kết nối${failed ? ` (${failed} lỗi)` : ''}`,
      value: duties.requests.average,
      unit: 'req/s',
      baseline: health.requests.average,
      baselineName: 'GET /api/health req/s',
      target: '≥ 0.25×',
    },
    { name: `${tag} GET /api/duties p99`, value: duties.latency.p99, unit: 'ms', baseline: health.latency.p99, baselineName: 'GET /api/health p99', target: '—' },
  ];
}
