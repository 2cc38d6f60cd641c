/**
 * The synthetic data set at a small size: deterministic for a seed, and
 * meaning what the reporting flow would have written.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/sql.ts';
import { inTransaction } from '../../db/uow.ts';
import { ensureObligations } from '../../services/reporting/obligations.ts';
import { openTestDatabase, testBackends } from '../../testing/db.ts';
import { buildOrganisation } from './organisation.ts';
import { buildPlans } from './plans.ts';
import { Random } from './prng.ts';
import { buildReports } from './reports.ts';
import { DatabaseNotEmptyError, seedSynthetic, type SyntheticOptions } from './index.ts';

const TODAY = '2026-11-28' as CivilDate;
const SMALL: SyntheticOptions = { provinces: 2, communesPerProvince: 6, grassroots: 60, plans: 6, periods: 6, seed: 7, password: 'thucthi2025', today: TODAY };

function build(seed: number) {
  const rng = new Random(seed);
  const org = buildOrganisation(rng, SMALL, 'hash');
  const plans = buildPlans(rng, org, { ...SMALL, seed, passwordHash: 'hash', createdBy: 'x' });
  return { org, plans, reports: buildReports(rng, plans, TODAY) };
}

describe('synthetic data in memory', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = build(7);
    const b = build(7);
    const c = build(8);
    expect(b.org.units.map((u) => u.id)).toEqual(a.org.units.map((u) => u.id));
    expect(b.reports.reports.map((r) => [r.status, r.firstSubmittedOn])).toEqual(a.reports.reports.map((r) => [r.status, r.firstSubmittedOn]));
    expect(c.org.units[0]?.id).not.toEqual(a.org.units[0]?.id);
  });

  it('cascades central → province → commune plans and owes the periods up to today', () => {
    const { org, plans } = build(7);
    const [central, ...rest] = plans.plans;
    expect(central?.parentPlanId).toBeNull();
    const provincePlans = rest.filter((p) => p.parentPlanId === central?.id);
    expect(provincePlans).toHaveLength(2);
    expect(rest.filter((p) => provincePlans.some((pp) => pp.id === p.parentPlanId))).toHaveLength(3);
    expect(org.units.filter((u) => u.kind === 'co-so')).toHaveLength(60);
    // 6 periods up to today's (202612) and the next one, as ensureObligations would generate.
    expect(plans.periods.map((p) => p.periodId)).toEqual(['202607', '202608', '202609', '202610', '202611', '202612', '202701']);
  });
});

describe.each(testBackends())('synthetic seed on %s', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    await seedSynthetic(database.db, SMALL);
  });
  afterAll(async () => database?.close());

  it('writes one version per submission and events that match the status', async () => {
    const bad = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT r.id FROM reports r
          LEFT JOIN (SELECT report_id, count(*)::int n, min(submitted_on) first_on FROM report_versions GROUP BY report_id) v ON v.report_id = r.id
          WHERE coalesce(v.n, 0) <> r.version_count
             OR (r.status IN ('submitted', 'accepted', 'returned') AND (v.first_on IS DISTINCT FROM r.first_submitted_on))
             OR (r.status = 'draft' AND r.version_count <> 0)`,
    );
    expect(bad).toEqual([]);
    const lastEvents = await queryRows<{ status: string; to_status: string | null }>(
      database.db,
      sql`SELECT r.status, (SELECT e.to_status FROM report_events e WHERE e.report_id = r.id ORDER BY e.created_at DESC LIMIT 1) AS to_status FROM reports r`,
    );
    for (const row of lastEvents) expect(row.to_status ?? 'draft').toBe(row.status);
  });

  it('has every status the dashboards show, and more missing in the latest closed period', async () => {
    const statuses = await queryRows<{ status: string }>(database.db, sql`SELECT DISTINCT status FROM reports`);
    expect(statuses.map((s) => s.status).sort()).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    const rates = await queryRows<{ period_id: string; rate: number }>(
      database.db,
      sql`SELECT o.period_id, avg(CASE WHEN r.status IN ('submitted', 'accepted') THEN 1 ELSE 0 END)::float AS rate
          FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id WHERE o.period_id IN ('202607', '202611') GROUP BY o.period_id ORDER BY o.period_id`,
    );
    expect(rates[1]?.rate ?? 1).toBeLessThan(rates[0]?.rate ?? 0);
  });

  it('leaves the daily job nothing to add, and refuses a database that is not empty', async () => {
    const planIds = await queryRows<{ id: string }>(database.db, sql`SELECT id FROM plans`);
    const added = await inTransaction(database.db, null, async (work) => {
      let n = 0;
      for (const p of planIds) n += await ensureObligations(work, p.id, TODAY);
      return n;
    });
    expect(added).toBe(0);
    await expect(seedSynthetic(database.db, SMALL)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });
});
