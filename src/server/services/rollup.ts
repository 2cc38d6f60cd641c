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
 * time-to-live (a minute by default), a delay a dashboard can live with.
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

/** Each unit's own counts for a period (no subtree sums), optionally for some plans only. */
export async function unitFacts(read: Reader, q: { periodId: string; planIds?: readonly string[] }): Promise<(CompletenessCounts & { unitId: string })[]> {
  const submitted = sql`r.status = ANY(${`{${SUBMITTED.join(',')}}`}::text[])`;
  const plans = q.planIds ? sql`AND o.plan_id = ANY(${`{${q.planIds.join(',')}}`}::uuid[])` : sql``;
  return queryRows(
    read,
    sql`SELECT o.unit_id AS "unitId",
               count(*)::int AS expected,
               count(*) FILTER (WHERE ${submitted})::int AS submitted,
               count(*) FILTER (WHERE ${submitted} AND r.first_submitted_on <= coalesce(o.exception_due_date, o.due_date))::int AS "onTime"
        FROM obligations o LEFT JOIN reports r ON r.obligation_id = o.id
        WHERE o.period_id = ${q.periodId} AND o.transferred_on IS NULL ${plans}
        GROUP BY o.unit_id`,
  );
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

  /** The tree, reloaded when stale or when it lacks one of `unitIds`. */
  async get(unitIds: Iterable<string> = []): Promise<UnitTree> {
    const c = this.current;
    if (c && this.clock() - c.at < this.ttlMs) {
      let complete = true;
      for (const id of unitIds) {
        if (!c.tree.parent.has(id)) {
          complete = false;
          break;
        }
      }
      if (complete) return c.tree;
    }
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

const zero = (): CompletenessCounts => ({ expected: 0, submitted: 0, onTime: 0 });

/**
 * Subtree sums for `rootId` and its children. Each unit's counts are added
 * to every ancestor up to the root; units outside the root's subtree are
 * left out. The walk is bounded by the tree's depth per unit with facts.
 */
export function sumUpTree(tree: UnitTree, rootId: string, facts: readonly (CompletenessCounts & { unitId: string })[]): Map<string, CompletenessCounts> {
  const totals = new Map<string, CompletenessCounts>();
  for (const f of facts) {
    // Find the branch (the root's child) above the unit, or the root itself.
    let node: string | null | undefined = f.unitId;
    let branch: string | null = null;
    let depth = 0;
    while (node && node !== rootId && depth++ < 1000) {
      const up: string | null | undefined = tree.parent.get(node);
      if (up === rootId) branch = node;
      node = up;
    }
    if (node !== rootId) continue;
    for (const key of branch ? [rootId, branch] : [rootId]) {
      const t = totals.get(key) ?? zero();
      t.expected += f.expected;
      t.submitted += f.submitted;
      t.onTime += f.onTime;
      totals.set(key, t);
    }
  }
  return totals;
}

/** The completeness roll-up of one period under a unit, per child and in total. */
export async function periodCompleteness(read: Reader, cache: UnitTreeCache, q: { rootId: string; periodId: string; planIds?: readonly string[] }): Promise<PeriodCompleteness> {
  const facts = await unitFacts(read, q);
  const tree = await cache.get(facts.map((f) => f.unitId));
  const totals = sumUpTree(tree, q.rootId, facts);
  const node = (unitId: string): UnitCompleteness => ({ unitId, name: tree.name.get(unitId) ?? '', ...(totals.get(unitId) ?? zero()) });
  return {
    periodId: q.periodId,
    total: node(q.rootId),
    children: (tree.children.get(q.rootId) ?? []).filter((id) => totals.has(id)).map(node),
  };
}
