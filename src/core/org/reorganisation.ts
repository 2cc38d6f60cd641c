/**
 * Reorganisations (merge, split, rename) without losing history.
 *
 * Rules, in one place:
 * - A unit owes a period's report when it exists on the period's cut-off day
 *   (the window's last day): on 14/6/2025 the districts still existed and owe
 *   2025H1; on 14/12/2025 only the new communes do and owe 2025H2.
 * - A transfer moves a closed unit's *open* work to its confirmed successors:
 *   duties not completed, and obligations without a submitted report whose
 *   cut-off day is on or after the date of the change. Everything done stays
 *   with the original unit, so past reports still add up under it.
 * - Every successor takes every open item (a split: each new unit reports for
 *   itself; a merge: the new unit reports once, duplicates collapse).
 */
import type { CivilDate } from '../civil-date.ts';
import { isValidOn, type TreeUnit } from './tree.ts';

export interface Successor {
  unitId: string;
  confirmed: boolean;
}

export interface OpenDuty {
  id: string;
  unitId: string;
  completed: boolean;
  transferred: boolean;
}

export interface OpenObligation {
  id: string;
  unitId: string;
  reportingDutyId: string;
  periodId: string;
  /** The cut-off day of its reporting window. */
  windowEnd: CivilDate;
  submitted: boolean;
  transferred: boolean;
}

export interface TransferPlan {
  duties: { fromId: string; toUnitId: string }[];
  obligations: { fromId: string; toUnitId: string; reportingDutyId: string; periodId: string }[];
  /** Items that stay where they are, with why. */
  kept: { id: string; reason: 'done' | 'before-change' | 'already-transferred' }[];
  /** Successors not yet confirmed by the coordinator: they receive nothing. */
  unconfirmed: string[];
}

export function planTransfer(input: { effectiveDate: CivilDate; successors: readonly Successor[]; duties: readonly OpenDuty[]; obligations: readonly OpenObligation[] }): TransferPlan {
  const targets = input.successors.filter((s) => s.confirmed).map((s) => s.unitId);
  const out: TransferPlan = { duties: [], obligations: [], kept: [], unconfirmed: input.successors.filter((s) => !s.confirmed).map((s) => s.unitId) };
  for (const d of input.duties) {
    if (d.transferred) out.kept.push({ id: d.id, reason: 'already-transferred' });
    else if (d.completed) out.kept.push({ id: d.id, reason: 'done' });
    else for (const toUnitId of targets) out.duties.push({ fromId: d.id, toUnitId });
  }
  const seen = new Set<string>();
  for (const o of input.obligations) {
    if (o.transferred) out.kept.push({ id: o.id, reason: 'already-transferred' });
    else if (o.submitted) out.kept.push({ id: o.id, reason: 'done' });
    else if (o.windowEnd < input.effectiveDate) out.kept.push({ id: o.id, reason: 'before-change' });
    else {
      for (const toUnitId of targets) {
        // A merge brings the same (duty, period) from several predecessors: the successor owes it once.
        const key = `${toUnitId}|${o.reportingDutyId}|${o.periodId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.obligations.push({ fromId: o.id, toUnitId, reportingDutyId: o.reportingDutyId, periodId: o.periodId });
      }
    }
  }
  return out;
}

/** Whether a unit owes the report of a period whose cut-off day is `windowEnd`. */
export function owesPeriod(unit: Pick<TreeUnit, 'validFrom' | 'validTo'>, windowEnd: CivilDate): boolean {
  return isValidOn(unit, windowEnd);
}

export interface CompletenessFact {
  unitId: string;
  submitted: boolean;
  onTime: boolean;
}

export interface RollupNode {
  unitId: string;
  expected: number;
  submitted: number;
  onTime: number;
}

/**
 * Completeness over the tree valid on `asOf` (a period's cut-off day): each
 * unit's figures are its own obligations plus those of every unit beneath it
 * that exists on that day. Units that did not exist then are not in the tree,
 * so a period before a merge rolls up under the old units, and after it under
 * the new ones.
 */
export function rollupCompleteness(units: readonly TreeUnit[], facts: readonly CompletenessFact[], asOf: CivilDate): Map<string, RollupNode> {
  const valid = units.filter((u) => isValidOn(u, asOf));
  const validIds = new Set(valid.map((u) => u.id));
  const own = new Map<string, RollupNode>();
  for (const u of valid) own.set(u.id, { unitId: u.id, expected: 0, submitted: 0, onTime: 0 });
  for (const f of facts) {
    const n = own.get(f.unitId);
    if (!n) continue;
    n.expected++;
    if (f.submitted) n.submitted++;
    if (f.onTime) n.onTime++;
  }
  const children = new Map<string, string[]>();
  for (const u of valid) {
    if (u.parentId && validIds.has(u.parentId)) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const total = new Map<string, RollupNode>();
  const visit = (id: string): RollupNode => {
    const cached = total.get(id);
    if (cached) return cached;
    const base = own.get(id) ?? { unitId: id, expected: 0, submitted: 0, onTime: 0 };
    const sum = { ...base };
    for (const c of children.get(id) ?? []) {
      const n = visit(c);
      sum.expected += n.expected;
      sum.submitted += n.submitted;
      sum.onTime += n.onTime;
    }
    total.set(id, sum);
    return sum;
  };
  for (const u of valid) visit(u.id);
  return total;
}
