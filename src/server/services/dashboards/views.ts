/**
 * The other views of a plan's dashboard: the matrix of units × items, the
 * overdue list with the people responsible, indicator values for charts,
 * and how many reports wrote on each content area.
 */
import { periodName } from '../../../core/period/index.ts';
import { sql } from 'drizzle-orm';
import { codeLegend } from '../../../core/dashboard/index.ts';
import { shorten } from '../../../core/reminders/index.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { queryRows } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { recipients } from '../reminders/items.ts';
import type { Scope } from '../scope.ts';
import { dashboardContext, planContentAreas, unitCondition, type DashboardQuery } from './context.ts';
import { submittedSql, uuidArray } from './facts.ts';
import { planItems, type DashboardItem } from './items.ts';
import { loadForm } from '../reporting/forms.ts';

/** Rows beyond this are cut (filter by unit for a large province). */
const MATRIX_ROWS = 1000;
const OVERDUE_ITEMS = 2000;

const byUnit = (a: Pick<DashboardItem, 'unitSort' | 'unitName'>, b: Pick<DashboardItem, 'unitSort' | 'unitName'>) => a.unitSort - b.unitSort || compareVietnamese(a.unitName, b.unitName);

/**
 * Units × columns: one column per duty of the plan (the same duty given to
 * many units is one column) and one per report and period; a cell is the
 * item's status code and tone, or null where the unit has no such item.
 */
export async function planMatrix(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery) {
  const ctx = await dashboardContext(read, scope, planId, q);
  const { items, truncated } = await planItems(read, ctx, { periodId: q.periodId ?? null, limit: MATRIX_ROWS * 50 });
  const columns = new Map<string, { key: string; kind: 'duty' | 'obligation'; title: string; short: string; dueDates: Set<string>; periodId: string | null; order: [number, string] }>();
  for (const i of items) {
    if (columns.has(i.columnKey)) {
      if (i.dueDate) columns.get(i.columnKey)?.dueDates.add(i.dueDate);
      continue;
    }
    const order: [number, string] = i.kind === 'duty' ? [i.assignmentOrd ?? 9999, i.title] : [100_000, `${i.periodId ?? ''}|${i.columnKey}`];
    columns.set(i.columnKey, { key: i.columnKey, kind: i.kind, title: i.title, short: shorten(i.title, 60), dueDates: new Set(i.dueDate ? [i.dueDate] : []), periodId: i.periodId, order });
  }
  const cols = [...columns.values()].sort((a, b) => a.order[0] - b.order[0] || (a.order[1] < b.order[1] ? -1 : a.order[1] > b.order[1] ? 1 : 0));
  const index = new Map(cols.map((c, i) => [c.key, i]));
  const rows = new Map<string, { unitId: string; unitName: string; unitSort: number; cells: ({ id: string; code: string; tone: string; daysOverdue: number } | null)[] }>();
  for (const i of items) {
    let row = rows.get(i.unitId);
    if (!row) {
      row = { unitId: i.unitId, unitName: i.unitName, unitSort: i.unitSort, cells: cols.map(() => null) };
      rows.set(i.unitId, row);
    }
    row.cells[index.get(i.columnKey) ?? 0] = { id: i.id, code: i.code, tone: i.tone, daysOverdue: i.daysOverdue };
  }
  const sorted = [...rows.values()].sort(byUnit);
  return {
    today: ctx.today,
    periodId: q.periodId ?? null,
    columns: cols.map((c) => ({ key: c.key, kind: c.kind, title: c.title, short: c.short, dueDate: c.dueDates.size === 1 ? [...c.dueDates][0] : null, periodId: c.periodId })),
    rows: sorted.slice(0, MATRIX_ROWS).map(({ unitSort: _s, ...r }) => r),
    legend: codeLegend(),
    truncated: truncated || sorted.length > MATRIX_ROWS,
  };
}

/** What is overdue now, most overdue first, with the leaders and reporters of each unit. */
export async function planOverdue(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery) {
  const ctx = await dashboardContext(read, scope, planId, q);
  const { items, truncated } = await planItems(read, ctx, { onlyOverdue: true, limit: OVERDUE_ITEMS });
  const people = await recipients(read, { unitIds: [...new Set(items.map((i) => i.unitId))], roles: ['leader', 'reporter'] });
  const byUnitId = new Map<string, { userId: string; name: string; role: string; email: string | null }[]>();
  for (const p of people.filter((x) => x.active)) byUnitId.set(p.unitId, [...(byUnitId.get(p.unitId) ?? []), { userId: p.userId, name: p.name, role: p.role, email: p.email }]);
  const sorted = [...items].sort((a, b) => b.daysOverdue - a.daysOverdue || byUnit(a, b));
  return {
    today: ctx.today,
    items: sorted.map(({ unitSort: _s, columnKey: _c, assignmentOrd: _a, ...i }) => ({ ...i, responsible: (byUnitId.get(i.unitId) ?? []).sort((a, b) => a.role.localeCompare(b.role) || compareVietnamese(a.name, b.name)) })),
    truncated,
  };
}

/**
 * Numeric indicator values of submitted (or accepted) reports, by unit and
 * period, ready for charts: per indicator the periods' totals (sum; mean for
 * percentages) and one series per unit aligned with the periods.
 */
export async function planIndicators(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery) {
  const ctx = await dashboardContext(read, scope, planId, q);
  const [form, rows] = await Promise.all([
    loadForm(read, planId),
    queryRows<{ unit_id: string; unit_name: string; sort_order: number; period_id: string; code: string; value: number }>(
      read,
      sql`SELECT o.unit_id::text, u.name AS unit_name, u.sort_order, o.period_id, kv.key AS code, (kv.value #>> '{}')::float8 AS value
            FROM reports r JOIN obligations o ON o.id = r.obligation_id JOIN units u ON u.id = o.unit_id
            CROSS JOIN LATERAL jsonb_each(r.content->'indicators') kv
           WHERE o.plan_id = ${planId} AND o.transferred_on IS NULL AND ${submittedSql()} AND jsonb_typeof(kv.value) = 'number'
                 ${q.periodId ? sql`AND o.period_id = ${q.periodId}` : sql``} ${unitCondition(ctx, 'o.unit_id')}`,
    ),
  ]);
  const periodIds = [...new Set(rows.map((r) => r.period_id))].sort((a, b) => (ctx.periods.findIndex((p) => p.periodId === a) - ctx.periods.findIndex((p) => p.periodId === b)) || a.localeCompare(b));
  const known = new Map(form.form.indicators.map((i) => [i.code, i]));
  const codes = [...known.keys(), ...[...new Set(rows.map((r) => r.code))].filter((c) => !known.has(c)).sort()];
  const indicators = codes.flatMap((code) => {
    const mine = rows.filter((r) => r.code === code);
    if (mine.length === 0 && !known.has(code)) return [];
    const def = known.get(code);
    const type = def?.type ?? 'number';
    if (type === 'text') return [];
    const totals = periodIds.map((p) => {
      const vs = mine.filter((r) => r.period_id === p).map((r) => Number(r.value));
      if (vs.length === 0) return null;
      const sum = vs.reduce((a, b) => a + b, 0);
      return type === 'percent' ? Math.round((sum / vs.length) * 10) / 10 : sum;
    });
    const unitIds = [...new Set(mine.map((r) => r.unit_id))];
    const series = unitIds
      .map((id) => {
        const first = mine.find((r) => r.unit_id === id);
        return { unitId: id, unitName: first?.unit_name ?? '', unitSort: first?.sort_order ?? 0, values: periodIds.map((p) => mine.find((r) => r.unit_id === id && r.period_id === p)?.value ?? null) };
      })
      .sort(byUnit)
      .map(({ unitSort: _s, ...s }) => s);
    return [{ code, label: def?.label ?? code, unit: def?.unit ?? null, type, aggregate: type === 'percent' ? 'mean' : 'sum', totals, series }];
  });
  return { today: ctx.today, periods: periodIds.map((p) => ({ periodId: p, label: periodName(p) })), indicators };
}

/**
 * Content areas are a plan's numbered items; reports write a section on each
 * (`narratives["area:<id>"]`). Duties carry no content area, so this is the
 * one view the content-area filter applies to: per area, how many submitted
 * reports of the period wrote on it, and with an area chosen, which units did.
 */
export async function planAreas(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery) {
  const ctx = await dashboardContext(read, scope, planId, q);
  const areas = await planContentAreas(read, planId);
  const periodId = ctx.periodId ?? '';
  const rows = await queryRows<{ area_id: string; unit_id: string; unit_name: string; sort_order: number; text: string | null }>(
    read,
    sql`SELECT a.id::text AS area_id, o.unit_id::text, u.name AS unit_name, u.sort_order, nullif(btrim(r.content->'narratives'->>('area:' || a.id::text)), '') AS text
          FROM reports r JOIN obligations o ON o.id = r.obligation_id JOIN units u ON u.id = o.unit_id
          JOIN content_areas a ON a.plan_id = o.plan_id
         WHERE o.plan_id = ${planId} AND o.period_id = ${periodId} AND o.transferred_on IS NULL AND ${submittedSql()}
               ${q.contentAreaId ? sql`AND a.id = ${q.contentAreaId}` : sql``} ${unitCondition(ctx, 'o.unit_id')}
               AND a.id = ANY(${uuidArray(areas.map((x) => x.id))})`,
  );
  const submitted = new Set(rows.map((r) => r.unit_id)).size;
  return {
    today: ctx.today,
    periodId: ctx.periodId,
    periodLabel: ctx.periodId ? periodName(ctx.periodId) : null,
    submitted,
    areas: areas
      .filter((a) => !q.contentAreaId || a.id === q.contentAreaId)
      .map((a) => {
        const covered = rows.filter((r) => r.area_id === a.id && r.text !== null).length;
        return { id: a.id, number: a.number, title: a.title, reports: submitted, covered, rate: submitted === 0 ? null : Math.round((covered / submitted) * 1000) / 10 };
      }),
    units: q.contentAreaId
      ? rows
          .sort((a, b) => a.sort_order - b.sort_order || compareVietnamese(a.unit_name, b.unit_name))
          .map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, covered: r.text !== null, excerpt: r.text ? shorten(r.text, 300) : null }))
      : [],
  };
}
