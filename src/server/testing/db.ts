/**
 * Test databases. Every server test runs against PGlite (in memory) and, when
 * TEST_DATABASE_URL is set, against a real PostgreSQL: each test file gets a
 * fresh database there, dropped at the end, so files run in parallel.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../db/client.ts';

export type Backend = 'pglite' | 'postgres';

export function testBackends(): Backend[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  // CI sets this: there the PostgreSQL suite must run, not be skipped.
  if (process.env.THUCTHI_REQUIRE_POSTGRES) throw new Error('THUCTHI_REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
  return ['pglite'];
}

export async function openTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'pglite') return openPglite(null);
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `thucthi_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
