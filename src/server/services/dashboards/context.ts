/**
 * What every view of a plan's dashboard starts from: the plan (if the caller
 * may see it), the period shown, the unit filter, and the units it covers.
 */
import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { defaultPeriod } from '../../../core/dashboard/index.ts';
import { periodName } from '../../../core/period/index.ts';
import { assignments, contentAreas, unitGroupMembers, unitGroups, units } from '../../db/schema/index.ts';
import { queryRows } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { notFound } from '../../http/errors.ts';
import { loadPlan, type PlanRow } from '../plans.ts';
import { subtreeIds, type Scope } from '../scope.ts';
import { uuidArray } from './facts.ts';

export interface DashboardQuery {
  periodId?: string;
  /** Only this unit and the units beneath it. */
  unitId?: string;
  contentAreaId?: string;
  today: CivilDate;
}

export interface PeriodInfo {
  periodId: string;
  label: string;
  windowStart: CivilDate;
  windowEnd: CivilDate;
}

export interface DashboardContext {
  plan: PlanRow;
  scope: Scope;
  today: CivilDate;
  periods: PeriodInfo[];
  /** The period shown: the one asked for, or the last whose window closed. */
  periodId: string | null;
  unit: { id: string; name: string } | null;
  /** Units the view covers (the filter's subtree within scope); null: every unit in scope. */
  unitIds: string[] | null;
}

export async function dashboardContext(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery): Promise<DashboardContext> {
  const plan = await loadPlan(read, scope, planId);
  if (q.unitId) scope.check(q.unitId);
  const [periodList, unitRow] = await Promise.all([
    queryRows<{ period_id: string; window_start: string; window_end: string }>(
      read,
      sql`SELECT period_id, min(window_start)::text AS window_start, max(window_end)::text AS window_end FROM obligations WHERE plan_id = ${planId} GROUP BY period_id`,
    ),
    q.unitId ? read.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, q.unitId)) : Promise.resolve([]),
  ]);
  if (q.unitId && unitRow.length === 0) throw notFound('unit');
  // Periods whose window has not opened yet are not shown (nothing can be reported for them).
  const periods = periodList
    .filter((p) => p.window_start <= q.today)
    .map((p) => ({ periodId: p.period_id, label: periodName(p.period_id), windowStart: p.window_start as CivilDate, windowEnd: p.window_end as CivilDate }));
  let unitIds: string[] | null = null;
  if (q.unitId) {
    const subtree = await subtreeIds(read, q.unitId);
    unitIds = scope.all ? subtree : subtree.filter((id) => scope.has(id));
  }
  return {
    plan,
    scope,
    today: q.today,
    periods,
    periodId: q.periodId ?? defaultPeriod(periods, q.today),
    unit: unitRow[0] ?? null,
    unitIds,
  };
}

/** `column = ANY(units of the view)`, or nothing when the view covers the whole scope. */
export function unitCondition(ctx: DashboardContext, column: string) {
  const ids = ctx.unitIds ?? ctx.scope.list();
  return ids ? sql`AND ${sql.raw(column)} = ANY(${uuidArray(ids)})` : sql``;
}

export interface PlanGroupRow {
  id: string;
  name: string;
  memberIds: string[];
}

/**
 * The groups the plan assigned to ("Các huyện ủy, thị ủy, thành ủy"), in
 * the plan's order, with their members valid today.
 */
export async function planGroups(read: ReadTx, planId: string, today: CivilDate): Promise<PlanGroupRow[]> {
  const rows = await read.select({ groupIds: assignments.groupIds }).from(assignments).where(eq(assignments.planId, planId)).orderBy(asc(assignments.ord));
  const order = [...new Set(rows.flatMap((r) => r.groupIds))];
  if (order.length === 0) return [];
  const [groups, members] = await Promise.all([
    read.select({ id: unitGroups.id, name: unitGroups.name }).from(unitGroups).where(sql`${unitGroups.id} = ANY(${uuidArray(order)})`),
    read
      .select({ groupId: unitGroupMembers.groupId, unitId: unitGroupMembers.unitId })
      .from(unitGroupMembers)
      .where(
        and(
          sql`${unitGroupMembers.groupId} = ANY(${uuidArray(order)})`,
          or(isNull(unitGroupMembers.validFrom), lte(unitGroupMembers.validFrom, today)),
          or(isNull(unitGroupMembers.validTo), sql`${unitGroupMembers.validTo} >= ${today}`),
        ),
      ),
  ]);
  return order.flatMap((id) => {
    const g = groups.find((x) => x.id === id);
    return g ? [{ id, name: g.name, memberIds: members.filter((m) => m.groupId === id).map((m) => m.unitId) }] : [];
  });
}

export async function planContentAreas(read: ReadTx, planId: string) {
  return read.select({ id: contentAreas.id, number: contentAreas.number, title: contentAreas.title }).from(contentAreas).where(eq(contentAreas.planId, planId)).orderBy(asc(contentAreas.ord));
}
