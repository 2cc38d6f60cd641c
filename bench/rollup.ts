/**
 * The completeness roll-up the dashboards use (services/rollup.ts): one
 * period over the whole national tree, per province and nationally, beside
 * a plain COUNT(*) of that period's obligations in the same run. Also the
 * shape it replaced — one recursive CTE walking up from every unit with an
 * obligation — and the cost of loading the tree when the cache misses.
 */
import { sql } from 'drizzle-orm';
import { periodForWindowDate, shiftPeriod, formatPeriodId } from '../src/core/period/index.ts';
import { queryRows } from '../src/server/db/sql.ts';
import { reader } from '../src/server/db/uow.ts';
import { RULE } from '../src/server/seed/synthetic/plans.ts';
import { periodCompleteness, UnitTreeCache } from '../src/server/services/rollup.ts';
import { BENCH_TODAY, tagOf, type BenchTarget } from './synthetic.ts';
import { median, percentile, timeAsync, type BenchRow } from './util.ts';

/** The latest closed period on the bench day (the one a dashboard opens on). */
export function benchPeriod(): string {
  const previous = shiftPeriod(periodForWindowDate(RULE, BENCH_TODAY), -1);
  if (!previous) throw new Error('no period');
  return formatPeriodId(previous);
}

const recursiveRollup = (rootId: string, periodId: string) => sql`
  WITH RECURSIVE facts AS (
    SELECT o.unit_id, count(*) AS expected,
           count(*) FILTER (WHERE r.status IN ('submitted', 'accepted')) AS submitted,
           count(*) FILTER (WHERE r.status IN ('submitted', 'accepted') AND r.first_submitted_on <= coalesce(o.exception_due_date, o.due_date)) AS on_time
    FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id
    WHERE o.period_id = ${periodId} AND o.transferred_on IS NULL
    GROUP BY o.unit_id),
  up(unit_id, node_id, parent_id) AS (
    SELECT f.unit_id, u.id, u.parent_id FROM facts f JOIN units u ON u.id = f.unit_id
    UNION ALL SELECT up.unit_id, p.id, p.parent_id FROM up JOIN units p ON p.id = up.parent_id WHERE up.node_id <> ${rootId})
  SELECT up.node_id, sum(f.expected) AS expected, sum(f.submitted) AS submitted, sum(f.on_time) AS on_time
  FROM up JOIN facts f ON f.unit_id = up.unit_id
  WHERE up.node_id = ${rootId} OR up.parent_id = ${rootId}
  GROUP BY up.node_id`;

export async function benchRollup(target: BenchTarget): Promise<BenchRow[]> {
  const { database, close } = await target.open();
  try {
    const read = reader(database.db);
    const [root] = await queryRows<{ id: string }>(read, sql`SELECT id FROM units WHERE parent_id IS NULL ORDER BY sort_order LIMIT 1`);
    const rootId = root?.id ?? '';
    const periodId = benchPeriod();
    const count = () => queryRows(read, sql`SELECT count(*)::int AS n FROM obligations WHERE period_id = ${periodId}`);
    const cache = new UnitTreeCache(read);
    const rollup = () => periodCompleteness(read, cache, { rootId, periodId });
    const cte = () => queryRows(read, recursiveRollup(rootId, periodId));
    // Warm-up: caches, plans, JIT of the JavaScript.
    for (let i = 0; i < 5; i++) {
      await count();
      await rollup();
    }
    await cte();
    const baseline = await timeAsync(count, 60);
    const after = await timeAsync(rollup, 60);
    const before = await timeAsync(cte, 8);
    const cold = await timeAsync(() => new UnitTreeCache(read).get(), 5);
    const result = await rollup();
    const tag = tagOf(target);
    const [version] = await queryRows<{ v: string }>(read, sql`SELECT current_setting('server_version') AS v`);
    console.error(`[bench] ${tag} PostgreSQL ${version?.v ?? '?'}; kỳ ${periodId}: ${result.total.expected} báo cáo phải nộp, ${result.total.submitted} đã gửi, ${result.total.onTime} đúng hạn; ${result.children.length} tỉnh, thành`);
    const countName = `COUNT(*) kỳ ${periodId}`;
    return [
      { name: `${tag} roll-up 1 kỳ, ${result.children.length} tỉnh + toàn quốc (median)`, value: median(after), unit: 'ms', baseline: median(baseline), baselineName: countName, target: '≤ 3×' },
      { name: `${tag} roll-up 1 kỳ (p95)`, value: percentile(after, 95), unit: 'ms', baseline: percentile(baseline, 95), baselineName: `${countName} p95`, target: 'p95 < 150 ms (PostgreSQL)' },
      { name: `${tag} roll-up bằng 1 CTE đệ quy (trước, median)`, value: median(before), unit: 'ms', baseline: median(baseline), baselineName: countName, target: '— (đã thay)' },
      { name: `${tag} nạp cây đơn vị khi cache trượt (median)`, value: median(cold), unit: 'ms', baseline: median(baseline), baselineName: countName, target: '— (chỉ khi danh mục đơn vị đổi)' },
    ];
  } finally {
    await close();
  }
}
