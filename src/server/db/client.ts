/**
 * Opens the database: embedded PGlite in DATA_DIR when DATABASE_URL is unset,
 * otherwise a PostgreSQL server. Both speak the same SQL and run the same
 * migrations; the rest of the server sees one `Db` type.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or a transaction. */
export type Executor = Db | Tx;

/** One connection for raw SQL, for work that needs session settings (backup, restore). */
export interface RawConnection {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** Runs `fn` on one dedicated connection. */
  withConnection<T>(fn: (connection: RawConnection) => Promise<T>): Promise<T>;
  /** PGlite only: the data folder as a tarball (tests start new databases from a migrated one). */
  dumpDataDir?: () => Promise<Blob>;
}

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** A number every process agrees on: serialises concurrent migrations on one server. */
const MIGRATION_LOCK_KEY = 727_301;

export async function openPglite(dataDir: string | null, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(path.join(dataDir, 'pgdata')) : await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const connection: RawConnection = { query: async <T,>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows };
  // PGlite is one connection; its own mutex keeps this from interleaving with other queries.
  return { db, kind: 'pglite', close: () => client.close(), withConnection: (fn) => fn(connection), dumpDataDir: () => client.dumpDataDir('none') };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = drizzlePg({ client: pool, schema });
  const lockClient = await pool.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lockClient.release();
  }
  const withConnection = async <T,>(fn: (connection: RawConnection) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn({ query: async <R,>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[] });
    } finally {
      client.release();
    }
  };
  return { db, kind: 'postgres', close: () => pool.end(), withConnection };
}
