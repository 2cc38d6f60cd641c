/**
 * A plan's dashboard: the summary (duties by status, reporting rate per
 * period with its trend, what is overdue) and the drill-down along the
 * organisation tree (province → group → unit → the unit's items).
 */
import { periodName } from '../../../core/period/index.ts';
import { sql } from 'drizzle-orm';
import { DUTY_STATUSES, dutyStatusLabel } from '../../../core/duty/index.ts';
import { addCounts, codeLegend, drillChildren, emptyCounts, rateTrend, sumCounts, summarize, toneOf, type FactCounts } from '../../../core/dashboard/index.ts';
import { queryRows } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { notFound } from '../../http/errors.ts';
import type { Scope } from '../scope.ts';
import { dashboardContext, planContentAreas, planGroups, type DashboardContext, type DashboardQuery } from './context.ts';
import { countFacts, periodRows, uuidArray } from './facts.ts';
import { planItems } from './items.ts';

function planHead(ctx: DashboardContext) {
  const p = ctx.plan;
  return { id: p.id, number: p.number, title: p.title, ownerUnitId: p.ownerUnitId, coordinatorUnitId: p.coordinatorUnitId };
}

function filtersOf(ctx: DashboardContext) {
  return { periodId: ctx.periodId, periodLabel: ctx.periodId ? periodName(ctx.periodId) : null, unitId: ctx.unit?.id ?? null, unitName: ctx.unit?.name ?? null, today: ctx.today };
}

/** Rate per period (DHIS2 counting) with its change since the previous period of the same type. */
export async function periodRates(read: ReadTx, ctx: DashboardContext) {
  const rows = await periodRows(read, { planIds: [ctx.plan.id], scope: ctx.scope, today: ctx.today }, ctx.unitIds);
  const shown = new Map(ctx.periods.map((p) => [p.periodId, p]));
  const dueOf = new Map(rows.map((r) => [r.periodId, r.dueDate]));
  return rateTrend(rows.filter((r) => shown.has(r.periodId)).map((r) => ({ periodId: r.periodId, counts: r }))).map((t) => ({
    ...t,
    windowEnd: shown.get(t.periodId)?.windowEnd ?? null,
    dueDate: dueOf.get(t.periodId) ?? null,
    /** Still collecting: the latest due date has not passed. */
    open: (dueOf.get(t.periodId) ?? '') >= ctx.today,
  }));
}

export async function planSummary(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery) {
  const ctx = await dashboardContext(read, scope, planId, q);
  const filter = { planIds: [planId], scope, today: q.today, periodId: ctx.periodId };
  const [counts, rates, areas] = await Promise.all([
    countFacts(read, filter, ctx.unit ? { kind: 'tree', descend: [ctx.unit.id], self: [] } : { kind: 'all' }),
    periodRates(read, ctx),
    planContentAreas(read, planId),
  ]);
  const total = counts.get(ctx.unit?.id ?? 'all') ?? emptyCounts();
  return {
    plan: planHead(ctx),
    filters: filtersOf(ctx),
    periods: rates,
    ...summarize(total),
    statuses: DUTY_STATUSES.map((s) => ({ status: s, label: dutyStatusLabel(s), tone: toneOf(s) })),
    legend: codeLegend(),
    contentAreas: areas,
  };
}

/** A drill node: `<unit id>` or `group:<group id>`. */
export type DrillNodeRef = { kind: 'unit'; id: string } | { kind: 'group'; id: string };

export function parseNodeRef(text: string | undefined): DrillNodeRef | null {
  if (!text) return null;
  const m = /^group:([0-9a-f-]{36})$/i.exec(text);
  if (m?.[1]) return { kind: 'group', id: m[1] };
  return /^[0-9a-f-]{36}$/i.test(text) ? { kind: 'unit', id: text } : null;
}

interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  has_children: boolean;
}

async function unitsByIds(read: ReadTx, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return queryRows<UnitRow>(
    read,
    sql`SELECT u.id::text, u.name, u.parent_id::text, u.sort_order, EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id) AS has_children FROM units u WHERE u.id = ANY(${uuidArray(ids)})`,
  );
}

/** The unit and its ancestors within scope, top first (the breadcrumb). */
async function pathOf(read: ReadTx, scope: Scope, unitId: string): Promise<{ kind: 'unit'; id: string; name: string }[]> {
  const rows = await queryRows<{ id: string; name: string; depth: number }>(
    read,
    sql`WITH RECURSIVE up(id, name, parent_id, depth) AS (SELECT id, name, parent_id, 0 FROM units WHERE id = ${unitId}
        UNION ALL SELECT u.id, u.name, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id)
        SELECT id::text, name, depth FROM up ORDER BY depth DESC`,
  );
  const out: { kind: 'unit'; id: string; name: string }[] = [];
  for (const r of rows) if (scope.has(r.id)) out.push({ kind: 'unit', id: r.id, name: r.name });
  return out;
}

function nodeView(kind: 'unit' | 'group', id: string, name: string, counts: FactCounts, extra: { hasChildren?: boolean; memberIds?: string[] } = {}) {
  return { kind, id: kind === 'group' ? `group:${id}` : id, name, ...extra, ...summarize(counts) };
}

/**
 * One level of the drill-down: the node's totals (its subtree, or the
 * group's members' subtrees), its children's totals, and for a unit its own
 * items. One roll-up statement per level, whatever the size of the subtree.
 */
export async function planDrill(read: ReadTx, scope: Scope, planId: string, q: DashboardQuery & { node?: string; homeUnitId: string }) {
  const ctx = await dashboardContext(read, scope, planId, { ...q, unitId: undefined });
  const filter = { planIds: [planId], scope, today: q.today, periodId: ctx.periodId };
  const ref = parseNodeRef(q.node) ?? { kind: 'unit', id: scope.has(ctx.plan.ownerUnitId) ? ctx.plan.ownerUnitId : q.homeUnitId };
  const groups = await planGroups(read, planId, q.today);
  const base = { plan: planHead(ctx), filters: filtersOf(ctx) };

  if (ref.kind === 'group') {
    const group = groups.find((g) => g.id === ref.id);
    if (!group) throw notFound('group');
    const members = await unitsByIds(read, group.memberIds.filter((id) => scope.has(id)));
    const counts = await countFacts(read, filter, { kind: 'tree', descend: members.map((m) => m.id), self: [] });
    const children = drillChildren(
      members.map((m) => ({ id: m.id, name: m.name, sortOrder: m.sort_order, counts: counts.get(m.id) ?? emptyCounts(), hasChildren: m.has_children })),
      [],
    );
    const owner = scope.has(ctx.plan.ownerUnitId) ? await pathOf(read, scope, ctx.plan.ownerUnitId) : [];
    return {
      ...base,
      node: nodeView('group', group.id, group.name, sumCounts(children.map((c) => c.counts)), { memberIds: members.map((m) => m.id) }),
      path: [...owner, { kind: 'group' as const, id: `group:${group.id}`, name: group.name }],
      children: children.map((c) => nodeView(c.kind, c.id, c.name, c.counts, c.kind === 'unit' ? { hasChildren: c.hasChildren } : { memberIds: c.memberIds })),
      items: [],
    };
  }

  scope.check(ref.id);
  const [self] = await unitsByIds(read, [ref.id]);
  if (!self) throw notFound('unit');
  const kids = (await queryRows<{ id: string }>(read, sql`SELECT id::text FROM units WHERE parent_id = ${ref.id}`)).map((r) => r.id).filter((id) => scope.has(id));
  const [childRows, counts, own] = await Promise.all([
    unitsByIds(read, kids),
    countFacts(read, filter, { kind: 'tree', descend: kids, self: [ref.id] }),
    planItems(read, ctx, { unitIds: [ref.id], limit: 500 }),
  ]);
  const children = drillChildren(
    childRows.map((c) => ({ id: c.id, name: c.name, sortOrder: c.sort_order, counts: counts.get(c.id) ?? emptyCounts(), hasChildren: c.has_children })),
    groups,
  );
  const total = addCounts(counts.get(ref.id) ?? emptyCounts(), sumCounts(children.map((c) => c.counts)));
  return {
    ...base,
    node: nodeView('unit', self.id, self.name, total, { hasChildren: self.has_children }),
    path: await pathOf(read, scope, ref.id),
    children: children.map((c) => nodeView(c.kind, c.id, c.name, c.counts, c.kind === 'unit' ? { hasChildren: c.hasChildren } : { memberIds: c.memberIds })),
    items: own.items.map(({ unitSort: _s, columnKey: _c, assignmentOrd: _a, ...item }) => item),
  };
}
