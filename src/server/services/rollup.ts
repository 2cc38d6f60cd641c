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
 * Why a cache is safe here: units change rarely and only through the
 * registry. A unit the cache has not seen (created since, or by another
 * process) makes it reload at once; a moved unit is picked up within the
 * time-to-live (a minute by default) plus one reload, a delay a dashboard
 * can live with.
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

async function loadTree(read: Reader): Promise<UnitTree> {
  const rows = await queryRows<{ id: string; parent_id: string | null; name: string }>(read, sql`SELECT id, parent_id, name FROM units ORDER BY sort_order, name`);
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
  return { parent, name, children };
}

/** The tree, loaded once and shared by the requests of one process (see the module comment). */
export class UnitTreeCache {
  private current: { tree: UnitTree; at: number } | null = null;
  private loading: Promise<UnitTree> | null = null;

  constructor(
    private readonly read: Reader,
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The tree. A tree lacking one of `unitIds` is reloaded before answering;
   * a tree past its time-to-live is answered at once and reloaded behind
   * (loading 53,000 units takes 0.2–0.5 s: no request should wait for that
   * merely because a minute passed).
   */
  async get(unitIds: Iterable<string> = []): Promise<UnitTree> {
    const c = this.current;
    if (c) {
      let complete = true;
      for (const id of unitIds) {
        if (!c.tree.parent.has(id)) {
          complete = false;
          break;
        }
      }
      if (complete) {
        if (this.clock() - c.at >= this.ttlMs) void this.reload().catch(() => undefined);
        return c.tree;
      }
    }
    return this.reload();
  }

  /** Resolves when no reload is running (tests, shutdown). */
  async settled(): Promise<void> {
    await this.loading?.catch(() => undefined);
  }

  private reload(): Promise<UnitTree> {
    this.loading ??= loadTree(this.read)
      .then((tree) => {
        this.current = { tree, at: this.clock() };
        return tree;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  invalidate(): void {
    this.current = null;
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
  const tree = await cache.get(rows.map((r) => r.u));
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
