/**
 * Roll-ups over the organisation tree, as pure functions: the reference the
 * SQL roll-ups are tested against, and the group level of the drill-down.
 *
 * Drill-down goes province → group → unit → the unit's items. Groups are a
 * level only where the plan assigned to a group ("Các huyện ủy, thị ủy, thành
 * ủy"): among a node's children, the members of the plan's groups are shown
 * inside their group, the others directly.
 */
import { compareVietnamese } from '../text/vietnamese.ts';
import { addCounts, emptyCounts, hasFacts, sumCounts, type FactCounts } from './aggregate.ts';

export interface TreeEdge {
  id: string;
  parentId: string | null;
}

/**
 * Subtree totals of every unit: its own counts plus all its descendants'.
 * Iterative (deep trees do not overflow the stack); units in a cycle, which
 * the registry refuses, would be left out rather than loop.
 */
export function rollUp(units: readonly TreeEdge[], own: ReadonlyMap<string, FactCounts>): Map<string, FactCounts> {
  const children = new Map<string, string[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    if (!u.parentId || !ids.has(u.parentId)) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const roots = units.filter((u) => !u.parentId || !ids.has(u.parentId)).map((u) => u.id);
  const totals = new Map<string, FactCounts>();
  // Post-order: a unit is summed once all its children are.
  const stack: { id: string; expanded: boolean }[] = roots.map((id) => ({ id, expanded: false }));
  while (stack.length > 0) {
    const top = stack.pop() as { id: string; expanded: boolean };
    const kids = children.get(top.id) ?? [];
    if (!top.expanded) {
      stack.push({ id: top.id, expanded: true });
      for (const k of kids) stack.push({ id: k, expanded: false });
      continue;
    }
    totals.set(top.id, addCounts(own.get(top.id) ?? emptyCounts(), sumCounts(kids.map((k) => totals.get(k) ?? emptyCounts()))));
  }
  return totals;
}

export interface DrillUnit {
  id: string;
  name: string;
  sortOrder: number;
  /** Counts of the unit's whole subtree. */
  counts: FactCounts;
  hasChildren: boolean;
}

export interface PlanGroup {
  id: string;
  name: string;
  memberIds: readonly string[];
}

export type DrillNode =
  | { kind: 'group'; id: string; name: string; counts: FactCounts; memberIds: string[] }
  | { kind: 'unit'; id: string; name: string; counts: FactCounts; hasChildren: boolean };

const byOrderThenName = (a: DrillUnit, b: DrillUnit) => a.sortOrder - b.sortOrder || compareVietnamese(a.name, b.name);

/**
 * The children of a unit node as the drill-down shows them: the plan's
 * groups first (in the plan's order), each with its members among the
 * children and their summed counts, then the children in no group. A child
 * in two of the plan's groups counts in the first, so the parts add up to
 * the whole. Children and groups without any duty or report are left out.
 */
export function drillChildren(children: readonly DrillUnit[], groups: readonly PlanGroup[]): DrillNode[] {
  const placed = new Set<string>();
  const out: DrillNode[] = [];
  const withFacts = children.filter((c) => hasFacts(c.counts));
  for (const g of groups) {
    const members = new Set(g.memberIds);
    const inGroup = withFacts.filter((c) => members.has(c.id) && !placed.has(c.id));
    if (inGroup.length === 0) continue;
    for (const c of inGroup) placed.add(c.id);
    out.push({ kind: 'group', id: g.id, name: g.name, counts: sumCounts(inGroup.map((c) => c.counts)), memberIds: [...inGroup].sort(byOrderThenName).map((c) => c.id) });
  }
  for (const c of [...withFacts].sort(byOrderThenName)) {
    if (!placed.has(c.id)) out.push({ kind: 'unit', id: c.id, name: c.name, counts: c.counts, hasChildren: c.hasChildren });
  }
  return out;
}
