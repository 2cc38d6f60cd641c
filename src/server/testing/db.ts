/**
 * Test databases. Every server test runs against PGlite (in memory) and, when
 * TEST_DATABASE_URL is set, against a real PostgreSQL: each test file gets a
 * fresh database there, dropped at the end, so files run in parallel.
 *
 * Starting PGlite and running every migration takes seconds; tests instead
 * start from a migrated template — a PGlite data tarball in the temp folder,
 * or a PostgreSQL template database — keyed by the migrations' contents, so
 * a changed migration builds a new template.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_FOLDER, openPglite, openPostgres, type Database } from '../db/client.ts';

export type Backend = 'pglite' | 'postgres';

export function testBackends(): Backend[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  // CI sets this: there the PostgreSQL suite must run, not be skipped.
  if (process.env.THUCTHI_REQUIRE_POSTGRES) throw new Error('THUCTHI_REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
  return ['pglite'];
}

// PGlite data folders do not carry across its versions: the version is part of the key.
const PGLITE_VERSION = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;

function migrationsHash(): string {
  const h = createHash('sha256').update(PGLITE_VERSION);
  for (const f of readdirSync(MIGRATIONS_FOLDER).filter((x) => x.endsWith('.sql')).sort()) h.update(f).update(readFileSync(path.join(MIGRATIONS_FOLDER, f)));
  return h.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `thucthi-pglite-template-${migrationsHash()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const fresh = await openPglite(null);
  const blob = await (fresh.dumpDataDir as () => Promise<Blob>)();
  await fresh.close();
  // Written aside and renamed: a parallel test file never reads half a template.
  const tmp = `${file}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file);
  return blob;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function postgresTemplate(adminUrl: string): Promise<string> {
  const template = `thucthi_tpl_${migrationsHash()}`;
  const exists = await admin(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1);
  if (exists) return template;
  const build = `thucthi_build_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${build}`));
  const built = await openPostgres(withDatabase(adminUrl, build), 2);
  await built.close();
  await admin(adminUrl, async (c) => {
    try {
      await c.query(`ALTER DATABASE ${build} RENAME TO ${template}`);
    } catch {
      // Another test file built it first.
      await c.query(`DROP DATABASE IF EXISTS ${build} WITH (FORCE)`);
    }
  });
  return template;
}

export async function openTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'pglite') return openPglite(null, { loadDataDir: await pgliteTemplate() });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const template = await postgresTemplate(adminUrl);
  const name = `thucthi_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (error) {
      // "source database is being accessed by other users": another file is copying it right now.
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const database = await openPostgres(withDatabase(adminUrl, name), 5);
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
