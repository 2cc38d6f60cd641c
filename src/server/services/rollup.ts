/**
 * Completeness of one reporting period over the organisation tree: expected,
 * submitted and on-time reports of a unit's whole subtree, for the unit and
 * each of its children ("per province and nationally" from the national
 * root). Counted as core/reporting counts (DHIS2's completeness): expected
 * = obligations of the period not passed to a successor; submitted =
 * submitted or accepted; on time = first submitted on or before the
 * effective due date.
 *
 * Two steps, measured (docs/benchmarks.md):
 *  1. one GROUP BY in SQL gives each unit's own counts for the period — no
 *     tree walk in the database;
 *  2. the counts are summed up the tree in memory, over a cached copy of
 *     the tree (id → parent). A recursive CTE over the 53,000 units of the
 *     national tree cost 10–40× the period's plain COUNT(*); the cached
 *     walk costs about what the GROUP BY does.
 *
 * Why the copy is safe with several servers on one database: it is a memo
 * of the database, not a state of the process. Every statement that changes
 * the units table adds a row to units_changes (migration 0008); the copy
 * records how many rows there were in the snapshot it was loaded from, and
 * each roll-up first counts them again (a fraction of a millisecond): a
 * different count, from this process or another, reloads the tree before
 * answering. No time-to-live, no stale answer.
 */
import { sql } from 'drizzle-orm';
import { countsAsSubmitted, REPORT_STATUSES } from '../../core/reporting/index.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/sql.ts';
import type { ReadTx } from '../db/uow.ts';

export interface CompletenessCounts {
  expected: number;
  submitted: number;
  onTime: number;
}

export interface UnitCompleteness extends CompletenessCounts {
  unitId: string;
  name: string;
}

export interface PeriodCompleteness {
  periodId: string;
  /** The root's whole subtree. */
  total: UnitCompleteness;
  /** Each child of the root with anything expected, by its subtree, in registry order. */
  children: UnitCompleteness[];
}

type Reader = ReadTx | Executor;

const SUBMITTED = REPORT_STATUSES.filter(countsAsSubmitted);

/** 0 = not received, 1 = received late, 2 = received on time. */
export type ReceiptState = 0 | 1 | 2;

/**
 * One small row per obligation of the period: its unit and its state. The
 * counting is left to the caller: grouping 5,800 rows by unit cost
 * PostgreSQL more than sending them, since a unit mostly owes one report a
 * period (docs/benchmarks.md).
 */
export async function obligationStates(read: Reader, q: { periodId: string; planIds?: readonly string[] }): Promise<{ u: string; s: ReceiptState }[]> {
  const submitted = sql`r.status = ANY(${`{${SUBMITTED.join(',')}}`}::text[])`;
  const plans = q.planIds ? sql`AND o.plan_id = ANY(${`{${q.planIds.join(',')}}`}::uuid[])` : sql``;
  return queryRows(
    read,
    sql`SELECT o.unit_id AS u,
               CASE WHEN ${submitted} THEN (CASE WHEN r.first_submitted_on <= coalesce(o.exception_due_date, o.due_date) THEN 2 ELSE 1 END) ELSE 0 END AS s
        FROM obligations o
        -- A report carries its obligation's period: saying so lets the planner read only this period's reports.
        LEFT JOIN reports r ON r.obligation_id = o.id AND r.period_id = ${q.periodId}
        WHERE o.period_id = ${q.periodId} AND o.transferred_on IS NULL ${plans}`,
  );
}

const zero = (): CompletenessCounts => ({ expected: 0, submitted: 0, onTime: 0 });

function count(into: CompletenessCounts, s: ReceiptState): void {
  into.expected++;
  if (s > 0) into.submitted++;
  if (s === 2) into.onTime++;
}

/** Each unit's own counts for a period (no subtree sums), optionally for some plans only. */
export async function unitFacts(read: Reader, q: { periodId: string; planIds?: readonly string[] }): Promise<(CompletenessCounts & { unitId: string })[]> {
  const byUnit = new Map<string, CompletenessCounts & { unitId: string }>();
  for (const row of await obligationStates(read, q)) {
    let f = byUnit.get(row.u);
    if (!f) byUnit.set(row.u, (f = { unitId: row.u, ...zero() }));
    count(f, row.s);
  }
  return [...byUnit.values()];
}

export interface UnitTree {
  parent: ReadonlyMap<string, string | null>;
  name: ReadonlyMap<string, string>;
  /** Children in registry order (sort order, then name). */
  children: ReadonlyMap<string, readonly string[]>;
}

/** How many changes the units table has seen (committed, as this snapshot sees them). */
async function unitsRevision(read: Reader): Promise<number> {
  const [row] = await queryRows<{ n: string }>(read, sql`SELECT count(*)::text AS n FROM units_changes`);
  return Number(row?.n ?? 0);
}

/** The tree and the revision it was read at, in one statement (one snapshot). */
async function loadTree(read: Reader): Promise<{ tree: UnitTree; revision: number }> {
  const rows = await queryRows<{ id: string; parent_id: string | null; name: string; revision: string }>(
    read,
    sql`WITH rev AS (SELECT count(*)::text AS revision FROM units_changes)
        SELECT u.id, u.parent_id, u.name, rev.revision FROM units u CROSS JOIN rev ORDER BY u.sort_order, u.name`,
  );
  const parent = new Map<string, string | null>();
  const name = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const r of rows) {
    parent.set(r.id, r.parent_id);
    name.set(r.id, r.name);
    if (r.parent_id) {
      const list = children.get(r.parent_id);
      if (list) list.push(r.id);
      else children.set(r.parent_id, [r.id]);
    }
  }
  // An empty registry still has a revision: read it on its own.
  const revision = rows[0] ? Number(rows[0].revision) : await unitsRevision(read);
  return { tree: { parent, name, children }, revision };
}

/**
 * The organisation tree, kept between calls and checked against the
 * database on every call (see the module comment).
 */
export class UnitTreeCache {
  private current: { tree: UnitTree; revision: number } | null = null;
  private loading: Promise<UnitTree> | null = null;

  constructor(private readonly read: Reader) {}

  /** The tree as the database holds it now. */
  async get(): Promise<UnitTree> {
    const c = this.current;
    if (c && (await unitsRevision(this.read)) === c.revision) return c.tree;
    return this.reload();
  }

  private reload(): Promise<UnitTree> {
    // Concurrent callers share one load.
    this.loading ??= loadTree(this.read)
      .then((loaded) => {
        this.current = loaded;
        return loaded.tree;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

/** Per tree and root: the root's child above each unit (null: the root itself; undefined: outside). */
const branches = new WeakMap<UnitTree, Map<string, Map<string, string | null | undefined>>>();

/**
 * The child of `rootId` whose subtree holds `unitId`, null for the root,
 * undefined outside its subtree. Remembered with the tree, so a roll-up
 * costs one lookup per obligation once the tree is warm.
 */
export function branchOf(tree: UnitTree, rootId: string, unitId: string): string | null | undefined {
  let perRoot = branches.get(tree);
  if (!perRoot) branches.set(tree, (perRoot = new Map()));
  let memo = perRoot.get(rootId);
  if (!memo) perRoot.set(rootId, (memo = new Map()));
  if (memo.has(unitId)) return memo.get(unitId);
  const path: string[] = [];
  let node: string | null | undefined = unitId;
  let found: string | null | undefined;
  for (;;) {
    if (node === undefined || node === null || path.length > 1000) {
      found = undefined; // reached the top without meeting the root (or a cycle the registry refuses)
      break;
    }
    if (node === rootId) {
      found = path.length === 0 ? null : path[path.length - 1];
      break;
    }
    if (memo.has(node)) {
      const above = memo.get(node);
      found = above === null ? node : above;
      break;
    }
    path.push(node);
    node = tree.parent.get(node);
  }
  for (const p of path) memo.set(p, found === null ? p : found);
  if (path.length === 0) memo.set(unitId, found);
  return memo.get(unitId);
}

/** Subtree sums for `rootId` and its children from per-unit counts. */
export function sumUpTree(tree: UnitTree, rootId: string, facts: readonly (CompletenessCounts & { unitId: string })[]): Map<string, CompletenessCounts> {
  const totals = new Map<string, CompletenessCounts>();
  const add = (key: string, f: CompletenessCounts) => {
    let t = totals.get(key);
    if (!t) totals.set(key, (t = zero()));
    t.expected += f.expected;
    t.submitted += f.submitted;
    t.onTime += f.onTime;
  };
  for (const f of facts) {
    const branch = branchOf(tree, rootId, f.unitId);
    if (branch === undefined) continue;
    add(rootId, f);
    if (branch) add(branch, f);
  }
  return totals;
}

/** The completeness roll-up of one period under a unit, per child and in total. */
export async function periodCompleteness(read: Reader, cache: UnitTreeCache, q: { rootId: string; periodId: string; planIds?: readonly string[] }): Promise<PeriodCompleteness> {
  const rows = await obligationStates(read, q);
  const tree = await cache.get();
  const totals = new Map<string, CompletenessCounts>();
  const total = zero();
  for (const row of rows) {
    const branch = branchOf(tree, q.rootId, row.u);
    if (branch === undefined) continue;
    count(total, row.s);
    if (branch) {
      let t = totals.get(branch);
      if (!t) totals.set(branch, (t = zero()));
      count(t, row.s);
    }
  }
  const node = (unitId: string, c: CompletenessCounts): UnitCompleteness => ({ unitId, name: tree.name.get(unitId) ?? '', ...c });
  return {
    periodId: q.periodId,
    total: node(q.rootId, total),
    children: (tree.children.get(q.rootId) ?? []).flatMap((id) => {
      const c = totals.get(id);
      return c ? [node(id, c)] : [];
    }),
  };
}
