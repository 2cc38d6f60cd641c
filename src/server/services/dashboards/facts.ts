/**
 * The dashboard's numbers in SQL: duties by status, reports expected /
 * submitted / on time for a period, and what is overdue now — counted per
 * subtree of the organisation tree in one statement (a recursive CTE that
 * walks each anchor's subtree once), per plan, per unit or in total.
 *
 * The rules are those of core, restated in SQL where rows must not leave
 * the database (a province has 50,000 grassroots units):
 *  - duty status: core/duty `dutyStatus` (pinned by facts.test.ts against it);
 *  - submitted: the statuses for which core/reporting `countsAsSubmitted`
 *    holds, passed in as a parameter;
 *  - on time: first submitted on or before the effective due date (`isOnTime`);
 *  - overdue report: not submitted, past the effective due date, entry still
 *    open (core/period `obligationTiming` = 'overdue');
 *  - transferred duties and obligations (reorganisation) count at the
 *    successor, not here.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { DUTY_STATUSES, type DutyStatus } from '../../../core/duty/index.ts';
import { emptyCounts, type FactCounts } from '../../../core/dashboard/index.ts';
import { obligations, reports } from '../../db/schema/index.ts';
import { queryRows } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { SUBMITTED_STATUSES } from '../reminders/items.ts';
import type { Scope } from '../scope.ts';

export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const submittedArray = sql`${`{${SUBMITTED_STATUSES.join(',')}}`}::text[]`;

/** core/duty `dutyStatus`, for the row aliased `d`. */
export function dutyStatusSql(today: CivilDate): SQL {
  return sql`CASE
    WHEN d.completed_on IS NOT NULL THEN CASE WHEN d.deadline IS NULL OR d.completed_on <= d.deadline THEN 'hoan-thanh-dung-han' ELSE 'hoan-thanh-qua-han' END
    WHEN d.deadline IS NOT NULL AND ${today}::date > d.deadline THEN 'qua-han'
    WHEN (d.started_on IS NOT NULL AND d.started_on <= ${today}::date) OR d.progress > 0 THEN 'dang-thuc-hien'
    ELSE 'chua-thuc-hien' END`;
}

/** Where an obligation's and its report's columns are: raw aliases `o`/`r` in the roll-ups, Drizzle columns in builder queries. */
export interface ObligationColumns {
  dueDate: SQL;
  exceptionDueDate: SQL;
  lockDate: SQL;
  exceptionLockDate: SQL;
  reportStatus: SQL;
  firstSubmittedOn: SQL;
}

const ALIASED: ObligationColumns = {
  dueDate: sql.raw('o.due_date'),
  exceptionDueDate: sql.raw('o.exception_due_date'),
  lockDate: sql.raw('o.lock_date'),
  exceptionLockDate: sql.raw('o.exception_lock_date'),
  reportStatus: sql.raw('r.status'),
  firstSubmittedOn: sql.raw('r.first_submitted_on'),
};

export const OBLIGATION_COLUMNS: ObligationColumns = {
  dueDate: sql`${obligations.dueDate}`,
  exceptionDueDate: sql`${obligations.exceptionDueDate}`,
  lockDate: sql`${obligations.lockDate}`,
  exceptionLockDate: sql`${obligations.exceptionLockDate}`,
  reportStatus: sql`${reports.status}`,
  firstSubmittedOn: sql`${reports.firstSubmittedOn}`,
};

export const submittedSql = (c: ObligationColumns = ALIASED) => sql`coalesce(${c.reportStatus} = ANY(${submittedArray}), false)`;
export const dueSql = (c: ObligationColumns = ALIASED) => sql`coalesce(${c.exceptionDueDate}, ${c.dueDate})`;
export const lockSql = (c: ObligationColumns = ALIASED) => sql`greatest(coalesce(${c.exceptionLockDate}, ${c.lockDate}), ${dueSql(c)})`;
export const onTimeSql = (c: ObligationColumns = ALIASED) => sql`coalesce(${submittedSql(c)} AND ${c.firstSubmittedOn} <= ${dueSql(c)}, false)`;
/** As `obligationTiming`, which reads "submitted" from the first submission day. */
export function overdueObligationSql(today: CivilDate, c: ObligationColumns = ALIASED): SQL {
  return sql`(NOT (${submittedSql(c)} AND ${c.firstSubmittedOn} IS NOT NULL) AND ${today}::date > ${dueSql(c)} AND ${today}::date <= ${lockSql(c)})`;
}

export interface FactFilter {
  planIds: readonly string[];
  scope: Scope;
  today: CivilDate;
  /** The period whose reports are counted as expected/submitted/on time; null: none. */
  periodId: string | null;
}

/**
 * How counts are keyed:
 *  - tree: each id in `descend` counts its whole subtree; each id in `self`
 *    only its own items (a node's own items beside its children's subtrees);
 *  - plan / unit: per plan or per unit, no tree walk; all: one total ('all').
 */
export type Grouping = { kind: 'tree'; descend: readonly string[]; self: readonly string[] } | { kind: 'plan' } | { kind: 'unit' } | { kind: 'all' };

interface CountRow {
  anchor: string;
  part: 'd' | 'o';
  status: string | null;
  n: number;
  expected: number;
  submitted: number;
  on_time: number;
  overdue: number;
}

export async function countFacts(read: ReadTx, filter: FactFilter, grouping: Grouping): Promise<Map<string, FactCounts>> {
  const out = new Map<string, FactCounts>();
  if (filter.planIds.length === 0) return out;
  const scopeIds = filter.scope.list();
  const inScope = (column: SQL) => (scopeIds ? sql`AND ${column} = ANY(${uuidArray(scopeIds)})` : sql``);
  const plans = uuidArray(filter.planIds);
  const period = filter.periodId ?? '';
  const tree = grouping.kind === 'tree';
  const anchor = (alias: 'd' | 'o'): SQL => {
    switch (grouping.kind) {
      case 'tree':
        return sql`sub.anchor::text`;
      case 'plan':
        return sql.raw(`${alias}.plan_id::text`);
      case 'unit':
        return sql.raw(`${alias}.unit_id::text`);
      case 'all':
        return sql`'all'`;
    }
  };
  const from = (table: 'duties' | 'obligations', alias: 'd' | 'o'): SQL =>
    tree ? sql`sub JOIN ${sql.raw(table)} ${sql.raw(alias)} ON ${sql.raw(alias)}.unit_id = sub.id` : sql`${sql.raw(table)} ${sql.raw(alias)}`;
  const withTree =
    grouping.kind === 'tree'
      ? sql`WITH RECURSIVE sub(anchor, id, descend) AS (
          SELECT s.anchor, s.anchor, s.descend FROM (
            SELECT unnest(${uuidArray(grouping.descend)}) AS anchor, true AS descend
            UNION ALL SELECT unnest(${uuidArray(grouping.self)}), false) s
          UNION ALL
          SELECT sub.anchor, u.id, true FROM units u JOIN sub ON sub.descend AND u.parent_id = sub.id)`
      : sql``;
  const rows = await queryRows<CountRow>(
    read,
    sql`${withTree}
      SELECT ${anchor('d')} AS anchor, 'd' AS part, ${dutyStatusSql(filter.today)} AS status, count(*)::int AS n,
             0 AS expected, 0 AS submitted, 0 AS on_time, 0 AS overdue
        FROM ${from('duties', 'd')}
       WHERE d.plan_id = ANY(${plans}) AND d.transferred_on IS NULL ${inScope(sql`d.unit_id`)}
       GROUP BY 1, 3
      UNION ALL
      SELECT ${anchor('o')}, 'o', NULL, 0,
             count(*) FILTER (WHERE o.period_id = ${period})::int,
             count(*) FILTER (WHERE o.period_id = ${period} AND ${submittedSql()})::int,
             count(*) FILTER (WHERE o.period_id = ${period} AND ${onTimeSql()})::int,
             count(*) FILTER (WHERE ${overdueObligationSql(filter.today)})::int
        FROM ${from('obligations', 'o')} LEFT JOIN reports r ON r.obligation_id = o.id
       WHERE o.plan_id = ANY(${plans}) AND o.transferred_on IS NULL ${inScope(sql`o.unit_id`)}
       GROUP BY 1`,
  );
  for (const r of rows) {
    const c = out.get(r.anchor) ?? emptyCounts();
    if (r.part === 'd' && r.status && (DUTY_STATUSES as readonly string[]).includes(r.status)) c.duties[r.status as DutyStatus] += Number(r.n);
    if (r.part === 'o') {
      c.reporting.expected += Number(r.expected);
      c.reporting.submitted += Number(r.submitted);
      c.reporting.onTime += Number(r.on_time);
      c.overdueObligations += Number(r.overdue);
    }
    out.set(r.anchor, c);
  }
  return out;
}

export interface PeriodRow {
  planId: string;
  periodId: string;
  windowStart: CivilDate;
  windowEnd: CivilDate;
  /** Latest effective due date among the period's obligations. */
  dueDate: CivilDate;
  expected: number;
  submitted: number;
  onTime: number;
}

/** Per plan and period: the window, the latest due date and the counts, for units in `unitIds` (null: all in scope). */
export async function periodRows(read: ReadTx, filter: Omit<FactFilter, 'periodId'>, unitIds: readonly string[] | null): Promise<PeriodRow[]> {
  if (filter.planIds.length === 0) return [];
  const scopeIds = filter.scope.list();
  const rows = await queryRows<{ plan_id: string; period_id: string; window_start: string; window_end: string; due_date: string; expected: number; submitted: number; on_time: number }>(
    read,
    sql`SELECT o.plan_id::text, o.period_id, min(o.window_start)::text AS window_start, max(o.window_end)::text AS window_end, max(${dueSql()})::text AS due_date,
               count(*)::int AS expected, count(*) FILTER (WHERE ${submittedSql()})::int AS submitted, count(*) FILTER (WHERE ${onTimeSql()})::int AS on_time
          FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id
         WHERE o.plan_id = ANY(${uuidArray(filter.planIds)}) AND o.transferred_on IS NULL
               ${scopeIds ? sql`AND o.unit_id = ANY(${uuidArray(scopeIds)})` : sql``}
               ${unitIds ? sql`AND o.unit_id = ANY(${uuidArray(unitIds)})` : sql``}
         GROUP BY 1, 2`,
  );
  return rows.map((r) => ({
    planId: r.plan_id,
    periodId: r.period_id,
    windowStart: r.window_start as CivilDate,
    windowEnd: r.window_end as CivilDate,
    dueDate: r.due_date as CivilDate,
    expected: Number(r.expected),
    submitted: Number(r.submitted),
    onTime: Number(r.on_time),
  }));
}
