import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';
import type { ReadTx } from './uow.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite)
 * answer with an object carrying `rows`; this is the one place that knows it.
 */
export async function queryRows<T>(on: Executor | ReadTx, query: SQL): Promise<T[]> {
  const run = 'selectSql' in on ? on.selectSql : on.execute.bind(on);
  const result = (await run(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** `column = ANY(array)`: one parameter however many ids (IN lists hit the 65,535-parameter cap). */
export function anyUuid(column: SQL | { getSQL(): SQL }, ids: readonly string[]): SQL {
  return sql`${column} = ANY(${`{${ids.join(',')}}`}::uuid[])`;
}
