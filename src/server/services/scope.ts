/**
 * Which units a user may act on, for one permission: set-based, computed once
 * per request over the organisation tree, then used to filter lists and check
 * single items.
 */
import { sql } from 'drizzle-orm';
import { scopeBasis, type Permission } from '../../core/access/roles.ts';
import type { Executor } from '../db/client.ts';
import { queryRows } from '../db/sql.ts';
import type { Actor, ReadTx } from '../db/uow.ts';
import { outOfScope } from '../http/errors.ts';

export interface Scope {
  readonly all: boolean;
  /** Units in scope (empty when `all`). */
  readonly unitIds: ReadonlySet<string>;
  has(unitId: string | null | undefined): boolean;
  /** Throws OUT_OF_SCOPE unless the unit is in scope. */
  check(unitId: string | null | undefined): void;
  /** The ids as an array for SQL (`= ANY(...)`); null when `all`. */
  list(): string[] | null;
}

export function makeScope(all: boolean, ids: Iterable<string>): Scope {
  const unitIds: ReadonlySet<string> = new Set(all ? [] : ids);
  const has = (id: string | null | undefined) => all || (!!id && unitIds.has(id));
  return {
    all,
    unitIds,
    has,
    check: (id) => {
      if (!has(id)) throw outOfScope();
    },
    list: () => (all ? null : [...unitIds]),
  };
}

/** The unit and every unit beneath it (at any date: history stays visible). */
export async function subtreeIds(db: Executor | ReadTx, rootId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH RECURSIVE t(id) AS (SELECT id FROM units WHERE id = ${rootId}
        UNION ALL SELECT u.id FROM units u JOIN t ON u.parent_id = t.id) SELECT id FROM t`,
  );
  return rows.map((r) => r.id);
}

/** The top-level committee above a unit (the root of its organisation). */
export async function organisationRoot(db: Executor | ReadTx, unitId: string): Promise<string> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM units WHERE id = ${unitId}
        UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id)
        SELECT id FROM up ORDER BY depth DESC LIMIT 1`,
  );
  return rows[0]?.id ?? unitId;
}

export async function computeScope(db: Executor | ReadTx, actor: Actor, _permission: Permission): Promise<Scope> {
  const basis = scopeBasis(actor.role);
  switch (basis) {
    case 'all':
      return makeScope(true, []);
    case 'organisation':
      return makeScope(false, await subtreeIds(db, await organisationRoot(db, actor.unitId)));
    case 'own-subtree':
      return makeScope(false, await subtreeIds(db, actor.unitId));
  }
}
