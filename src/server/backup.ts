/**
 * Backup and restore, the same file for both databases: a gzipped stream of
 * JSON lines — a header, each table's rows as `to_jsonb` in primary-key
 * order, and a footer with every table's row count and content checksum.
 * Restoring inserts the rows back with `jsonb_populate_recordset` (so every
 * column keeps its type), resets sequences, and recomputes the checksums: a
 * restore that does not reproduce the backup exactly fails.
 *
 * Why not pg_dump: PGlite has none, and a dump of one could not be restored
 * into the other. A logical, table-by-table copy through SQL both speak can.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database, RawConnection } from './db/client.ts';
import * as schema from './db/schema/index.ts';

export const BACKUP_FORMAT = 'thucthi-backup';
export const BACKUP_VERSION = 1;
const BATCH = 2000;

interface TableInfo {
  name: string;
  primaryKey: string[];
  /** Columns referencing the same table (parents before children on restore). */
  selfReferences: { column: string; references: string }[];
  dependsOn: string[];
  serialColumns: string[];
}

export interface TableSummary {
  table: string;
  rows: number;
  checksum: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The tables of the schema, parents before the tables that reference them. */
export function tablesInOrder(): TableInfo[] {
  const infos = new Map<string, TableInfo>();
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const pkColumns = config.columns.filter((c) => c.primary).map((c) => c.name);
    const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
    const refs = config.foreignKeys.map((fk) => {
      const ref = fk.reference();
      return { column: ref.columns[0]?.name ?? '', table: getTableConfig(ref.foreignTable).name, references: ref.foreignColumns[0]?.name ?? '' };
    });
    infos.set(config.name, {
      name: config.name,
      primaryKey: pkColumns.length ? pkColumns : composite,
      selfReferences: refs.filter((r) => r.table === config.name).map((r) => ({ column: r.column, references: r.references })),
      dependsOn: [...new Set(refs.filter((r) => r.table !== config.name).map((r) => r.table))],
      serialColumns: config.columns.filter((c) => c.columnType === 'PgBigSerial53' || c.columnType === 'PgBigSerial64' || c.columnType === 'PgSerial').map((c) => c.name),
    });
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name)) return;
    if (path.has(name)) throw new Error(`foreign-key cycle through ${name}`);
    const info = infos.get(name);
    if (!info) return;
    path.add(name);
    for (const dep of info.dependsOn) visit(dep, path);
    path.delete(name);
    done.add(name);
    ordered.push(info);
  };
  for (const name of [...infos.keys()].sort()) visit(name, new Set());
  return ordered;
}

async function summarise(c: RawConnection, t: TableInfo): Promise<TableSummary> {
  const order = t.primaryKey.map(quote).join(', ');
  const [row] = await c.query<{ n: string; h: string }>(
    `SELECT count(*)::text AS n, md5(coalesce(string_agg(to_jsonb(x)::text, E'\\n' ORDER BY ${order}), '')) AS h FROM ${quote(t.name)} x`,
  );
  return { table: t.name, rows: Number(row?.n ?? 0), checksum: row?.h ?? '' };
}

async function migrationsApplied(c: RawConnection): Promise<number> {
  const [row] = await c.query<{ n: string }>('SELECT count(*)::text AS n FROM drizzle.__drizzle_migrations');
  return Number(row?.n ?? 0);
}

/** Every table's row count and checksum, in UTC so timestamps print the same everywhere. */
export async function checksums(database: Database): Promise<TableSummary[]> {
  return database.withConnection(async (c) => {
    await c.query("SET TIME ZONE 'UTC'");
    const out: TableSummary[] = [];
    for (const t of tablesInOrder()) out.push(await summarise(c, t));
    return out;
  });
}

/** Writes the backup as it reads it, table by table, so memory stays flat whatever the size. */
export async function backupTo(database: Database, file: string): Promise<TableSummary[]> {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const write = async (record: unknown) => {
    if (!gzip.write(`${JSON.stringify(record)}\n`)) await once(gzip, 'drain');
  };
  let summaries: TableSummary[];
  try {
    summaries = await snapshot(database, write);
  } catch (error) {
    gzip.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  gzip.end();
  await done;
  return summaries;
}

async function snapshot(database: Database, write: (record: unknown) => Promise<void>): Promise<TableSummary[]> {
  return database.withConnection(async (c) => {
    // One snapshot for the whole backup, in UTC.
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      await c.query("SET LOCAL TIME ZONE 'UTC'");
      const tables = tablesInOrder();
      await write({ format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations: await migrationsApplied(c), createdAt: new Date().toISOString(), tables: tables.map((t) => t.name) });
      const out: TableSummary[] = [];
      for (const t of tables) {
        const order = t.primaryKey.map(quote).join(', ');
        for (let offset = 0; ; offset += BATCH) {
          const rows = await c.query<{ r: unknown }>(`SELECT to_jsonb(x) AS r FROM ${quote(t.name)} x ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`);
          if (rows.length > 0) await write({ table: t.name, rows: rows.map((r) => r.r) });
          if (rows.length < BATCH) break;
        }
        out.push(await summarise(c, t));
      }
      await write({ end: true, summaries: out });
      return out;
    } finally {
      await c.query('COMMIT');
    }
  });
}

export class RestoreError extends Error {
  constructor(
    readonly code: 'NOT_A_BACKUP' | 'TARGET_NOT_EMPTY' | 'MIGRATION_MISMATCH' | 'CHECKSUM_MISMATCH' | 'TRUNCATED',
    message: string,
  ) {
    super(message);
  }
}

/** Orders rows of a self-referencing table so that every referenced row comes first. */
function parentsFirst(rows: Record<string, unknown>[], t: TableInfo): Record<string, unknown>[] {
  if (t.selfReferences.length === 0) return rows;
  const key = t.selfReferences[0]?.references ?? 'id';
  const byKey = new Map(rows.map((r) => [String(r[key]), r]));
  const out: Record<string, unknown>[] = [];
  const placed = new Set<string>();
  const place = (r: Record<string, unknown>, depth: number) => {
    const k = String(r[key]);
    if (placed.has(k) || depth > 10_000) return;
    for (const ref of t.selfReferences) {
      const parent = r[ref.column];
      if (parent !== null && parent !== undefined && byKey.has(String(parent))) place(byKey.get(String(parent)) as Record<string, unknown>, depth + 1);
    }
    placed.add(k);
    out.push(r);
  };
  for (const r of rows) place(r, 0);
  return out;
}

export async function restoreFrom(database: Database, file: string): Promise<TableSummary[]> {
  const tables = new Map(tablesInOrder().map((t) => [t.name, t]));
  return database.withConnection(async (c) => {
    for (const t of tables.values()) {
      const [row] = await c.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quote(t.name)}`);
      if (Number(row?.n ?? 0) > 0) throw new RestoreError('TARGET_NOT_EMPTY', `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${t.name}). Hãy khôi phục vào một cơ sở dữ liệu trống.`);
    }
    await c.query('BEGIN');
    try {
      await c.query("SET LOCAL TIME ZONE 'UTC'");
      let header: { format?: string; migrations?: number } | null = null;
      let expected: TableSummary[] | null = null;
      // Rows of self-referencing tables are held until the table is complete, then ordered.
      const held = new Map<string, Record<string, unknown>[]>();
      const insert = async (name: string, rows: unknown[]) => {
        for (let i = 0; i < rows.length; i += BATCH) {
          await c.query(`INSERT INTO ${quote(name)} SELECT * FROM jsonb_populate_recordset(NULL::${quote(name)}, $1::jsonb)`, [JSON.stringify(rows.slice(i, i + BATCH))]);
        }
      };
      // Opened only now: lines read before iteration starts would be lost.
      const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
      for await (const line of input) {
        if (!line.trim()) continue;
        let record: { format?: string; migrations?: number; table?: string; rows?: Record<string, unknown>[]; end?: boolean; summaries?: TableSummary[] };
        try {
          record = JSON.parse(line);
        } catch {
          throw new RestoreError('NOT_A_BACKUP', 'Tệp sao lưu bị hỏng (dòng không đọc được).');
        }
        if (!header) {
          if (record.format !== BACKUP_FORMAT) throw new RestoreError('NOT_A_BACKUP', 'Tệp này không phải bản sao lưu của thucthi.');
          header = record;
          const applied = await migrationsApplied(c);
          if (record.migrations !== applied) {
            throw new RestoreError('MIGRATION_MISMATCH', `Bản sao lưu ở phiên bản cơ sở dữ liệu ${record.migrations}, phần mềm hiện tại ở phiên bản ${applied}. Hãy dùng cùng phiên bản thucthi.`);
          }
          continue;
        }
        if (record.end) {
          expected = record.summaries ?? [];
          break;
        }
        const t = record.table ? tables.get(record.table) : undefined;
        if (!t || !record.rows) throw new RestoreError('NOT_A_BACKUP', `Bảng không xác định trong bản sao lưu: ${record.table}`);
        if (t.selfReferences.length) held.set(t.name, [...(held.get(t.name) ?? []), ...record.rows]);
        else {
          // Tables arrive in dependency order; flush any held parent table before its dependants.
          for (const [name, rows] of held) {
            await insert(name, parentsFirst(rows, tables.get(name) as TableInfo));
            held.delete(name);
          }
          await insert(t.name, record.rows);
        }
      }
      for (const [name, rows] of held) await insert(name, parentsFirst(rows, tables.get(name) as TableInfo));
      if (!expected) throw new RestoreError('TRUNCATED', 'Tệp sao lưu không đầy đủ (thiếu phần kết).');
      for (const t of tables.values()) {
        for (const column of t.serialColumns) {
          await c.query(`SELECT setval(pg_get_serial_sequence('${t.name}', '${column}'), coalesce((SELECT max(${quote(column)}) FROM ${quote(t.name)}), 0) + 1, false)`);
        }
      }
      const actual: TableSummary[] = [];
      for (const t of tables.values()) actual.push(await summarise(c, t));
      const wrong = expected.filter((e) => {
        const a = actual.find((x) => x.table === e.table);
        return !a || a.rows !== e.rows || a.checksum !== e.checksum;
      });
      if (wrong.length) throw new RestoreError('CHECKSUM_MISMATCH', `Dữ liệu khôi phục không khớp bản sao lưu ở các bảng: ${wrong.map((w) => w.table).join(', ')}.`);
      await c.query('COMMIT');
      return actual;
    } catch (error) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
