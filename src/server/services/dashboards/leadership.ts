/**
 * The leadership view across every active plan in scope: how each plan is
 * going (duties on track, reporting rate of its last closed period, a score)
 * and which units are behind everywhere (overdue items across plans).
 */
import { periodName } from '../../../core/period/index.ts';
import { sql } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { defaultPeriod, emptyCounts, onTrackScore, rateFromCounts, summarize } from '../../../core/dashboard/index.ts';
import { queryRows } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import type { Scope } from '../scope.ts';
import { countFacts, dutyStatusSql, overdueObligationSql, periodRows, uuidArray } from './facts.ts';

const UNITS_BEHIND = 50;

/**
 * Active plans the caller sees: owned by a unit in scope or with a duty of
 * one (the rule of services/plans.ts `listPlans`).
 */
async function visiblePlans(read: ReadTx, scope: Scope) {
  const ids = scope.list();
  return queryRows<{ id: string; number: string | null; title: string; date: string | null }>(
    read,
    sql`SELECT p.id::text, p.number, p.title, p.date::text FROM plans p WHERE p.status = 'active'
        ${ids ? sql`AND (p.owner_unit_id = ANY(${uuidArray(ids)}) OR EXISTS (SELECT 1 FROM duties d WHERE d.plan_id = p.id AND d.unit_id = ANY(${uuidArray(ids)})))` : sql``}
        ORDER BY p.date DESC NULLS LAST, p.created_at DESC LIMIT 500`,
  );
}

export async function leadershipView(read: ReadTx, scope: Scope, today: CivilDate) {
  const plans = await visiblePlans(read, scope);
  const planIds = plans.map((p) => p.id);
  const [byPlan, periods, behind] = await Promise.all([
    countFacts(read, { planIds, scope, today, periodId: null }, { kind: 'plan' }),
    periodRows(read, { planIds, scope, today }, null),
    unitsBehind(read, scope, planIds, today),
  ]);
  const planViews = plans.map((p) => {
    const mine = periods.filter((r) => r.planId === p.id && r.windowStart <= today);
    const periodId = defaultPeriod(
      mine.filter((r) => r.windowEnd < today),
      today,
    );
    const last = mine.find((r) => r.periodId === periodId);
    const s = summarize(byPlan.get(p.id) ?? emptyCounts());
    const reporting = last ? rateFromCounts(last) : null;
    return {
      id: p.id,
      number: p.number,
      title: p.title,
      date: p.date,
      duties: s.duties,
      dutiesOnTrack: s.dutiesOnTrack,
      overdue: s.overdue,
      lastClosedPeriod: last ? { periodId: last.periodId, label: periodName(last.periodId) } : null,
      reporting,
      score: onTrackScore(s.dutiesOnTrack, reporting?.rate ?? null),
    };
  });
  // Worst first: what leadership should look at.
  planViews.sort((a, b) => (a.score ?? 101) - (b.score ?? 101));
  return { today, plans: planViews, unitsBehind: behind };
}

/** Units with the most overdue items across the plans, with how many plans they are behind in. */
async function unitsBehind(read: ReadTx, scope: Scope, planIds: readonly string[], today: CivilDate) {
  if (planIds.length === 0) return [];
  const ids = scope.list();
  const inScope = (column: string) => (ids ? sql`AND ${sql.raw(column)} = ANY(${uuidArray(ids)})` : sql``);
  const rows = await queryRows<{ unit_id: string; unit_name: string; duties: number; obligations: number; plans: number }>(
    read,
    sql`WITH late AS (
          SELECT d.unit_id, d.plan_id, 'd' AS kind FROM duties d
           WHERE d.plan_id = ANY(${uuidArray(planIds)}) AND d.transferred_on IS NULL AND ${dutyStatusSql(today)} = 'qua-han' ${inScope('d.unit_id')}
          UNION ALL
          SELECT o.unit_id, o.plan_id, 'o' FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id
           WHERE o.plan_id = ANY(${uuidArray(planIds)}) AND o.transferred_on IS NULL AND ${overdueObligationSql(today)} ${inScope('o.unit_id')})
        SELECT l.unit_id::text, u.name AS unit_name, count(*) FILTER (WHERE l.kind = 'd')::int AS duties, count(*) FILTER (WHERE l.kind = 'o')::int AS obligations,
               count(DISTINCT l.plan_id)::int AS plans
          FROM late l JOIN units u ON u.id = l.unit_id
         GROUP BY l.unit_id, u.name ORDER BY count(*) DESC, u.name LIMIT ${UNITS_BEHIND}`,
  );
  return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, overdueDuties: Number(r.duties), overdueObligations: Number(r.obligations), total: Number(r.duties) + Number(r.obligations), plans: Number(r.plans) }));
}
