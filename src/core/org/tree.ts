/**
 * The organisation tree as pure data: validity on a date, children, paths.
 * Units carry validity dates because the organisation changes over time; a
 * tree "as of" a date shows only the units valid then.
 */
import type { CivilDate } from '../civil-date.ts';
import { compareVietnamese } from '../text/vietnamese.ts';

export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  validFrom: CivilDate | string | null;
  validTo: CivilDate | string | null;
}

/** Valid on `date`: begun on or before it and not ended before it (validTo is the last day). */
export function isValidOn(unit: Pick<TreeUnit, 'validFrom' | 'validTo'>, date: CivilDate | string): boolean {
  return (!unit.validFrom || unit.validFrom <= date) && (!unit.validTo || unit.validTo >= date);
}

export interface TreeNode<T extends TreeUnit> {
  unit: T;
  children: TreeNode<T>[];
}

/** Builds the forest of units, children in their sort order then Vietnamese name order. */
export function buildTree<T extends TreeUnit>(units: readonly T[], asOf?: CivilDate | string): TreeNode<T>[] {
  const visible = asOf ? units.filter((u) => isValidOn(u, asOf)) : units;
  const nodes = new Map<string, TreeNode<T>>();
  for (const u of visible) nodes.set(u.id, { unit: u, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: TreeNode<T>, b: TreeNode<T>) => a.unit.sortOrder - b.unit.sortOrder || compareVietnamese(a.unit.name, b.unit.name);
  const sortDeep = (list: TreeNode<T>[]) => {
    list.sort(order);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

/** Ids of the unit and all beneath it. */
export function subtreeOf<T extends TreeUnit>(units: readonly T[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Whether making `parentId` the parent of `unitId` would create a cycle. */
export function wouldCycle<T extends TreeUnit>(units: readonly T[], unitId: string, parentId: string | null): boolean {
  if (!parentId) return false;
  return subtreeOf(units, unitId).has(parentId);
}
