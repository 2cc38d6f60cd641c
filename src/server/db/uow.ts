/**
 * Units of work: one transaction per use case, and the only way to write.
 *
 * Services receive a `Work` object: `read` can only query (no insert, update
 * or delete builders), `write` is the audited writer that inserts the audit
 * row in the same transaction as the change. A write that skips the audit
 * cannot be expressed through it.
 */
import { eq, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Role } from '../../core/access/roles.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { Db, Tx } from './client.ts';
import { auditLog } from './schema/index.ts';

export interface Actor {
  userId: string;
  role: Role;
  unitId: string;
  username: string;
}

/** The system itself (seeding, scheduled jobs): audited with a null actor. */
export const SYSTEM: null = null;

export type ReadTx = Pick<Tx, 'select' | 'selectDistinct' | 'selectDistinctOn' | 'query' | '$count'> & {
  /** Raw SQL for reads that the builder cannot express (recursive CTEs). */
  selectSql: Tx['execute'];
};

type TableWithId = PgTable & { id: PgColumn; $inferSelect: { id: string } };
type Versioned = { version: PgColumn };

export interface InsertOptions {
  action?: string;
  /** 'summary' writes one audit row for a bulk insert instead of one per row (seeding). */
  audit?: 'each' | 'summary';
}

export class AuditedWriter {
  constructor(
    private readonly tx: Tx,
    readonly actor: Actor | null,
  ) {}

  private async audit(action: string, entity: string, entityId: string, before: unknown, after: unknown): Promise<void> {
    await this.tx.insert(auditLog).values({
      actorId: this.actor?.userId ?? null,
      action,
      entity,
      entityId,
      before: redact(before),
      after: redact(after),
    });
  }

  async insert<T extends PgTable>(table: T, rows: T['$inferInsert'][], options: InsertOptions = {}): Promise<T['$inferSelect'][]> {
    if (rows.length === 0) return [];
    const entity = getTableName(table);
    const out: T['$inferSelect'][] = [];
    // Chunked: PostgreSQL caps a statement at 65,535 parameters.
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = (await this.tx.insert(table).values(rows.slice(i, i + 500)).returning()) as T['$inferSelect'][];
      out.push(...inserted);
    }
    if (options.audit === 'summary') {
      await this.audit(options.action ?? `${entity}.bulk-insert`, entity, '*', null, { count: out.length });
    } else {
      for (const row of out) await this.audit(options.action ?? `${entity}.insert`, entity, rowKey(row), null, row);
    }
    return out;
  }

  /**
   * Inserts the rows that do not exist yet (by any unique index) and audits
   * only those: idempotent generation, safe when two processes race.
   */
  async insertMissing<T extends PgTable>(table: T, rows: T['$inferInsert'][], options: InsertOptions = {}): Promise<T['$inferSelect'][]> {
    if (rows.length === 0) return [];
    const entity = getTableName(table);
    const out: T['$inferSelect'][] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = (await this.tx.insert(table).values(rows.slice(i, i + 500)).onConflictDoNothing().returning()) as T['$inferSelect'][];
      out.push(...inserted);
    }
    if (out.length === 0) return out;
    if (options.audit === 'summary') await this.audit(options.action ?? `${entity}.bulk-insert`, entity, '*', null, { count: out.length });
    else for (const row of out) await this.audit(options.action ?? `${entity}.insert`, entity, rowKey(row), null, row);
    return out;
  }

  async insertOne<T extends PgTable>(table: T, row: T['$inferInsert'], options: InsertOptions = {}): Promise<T['$inferSelect']> {
    const [inserted] = await this.insert(table, [row], options);
    if (!inserted) throw new Error('insert returned no row');
    return inserted;
  }

  /**
   * Updates one row by id. With `expectedVersion` it is an optimistic update:
   * a row changed since the caller read it fails with VERSION_CONFLICT and
   * the current row, so nothing is silently overwritten.
   */
  async update<T extends TableWithId>(
    table: T,
    id: string,
    patch: PgUpdateSetSource<T>,
    options: { action?: string; expectedVersion?: number } = {},
  ): Promise<T['$inferSelect']> {
    const entity = getTableName(table);
    const [before] = (await this.tx.select().from(table as PgTable).where(eq(table.id, id)).for('update')) as T['$inferSelect'][];
    if (!before) throw notFound(entity);
    const versioned = 'version' in table;
    if (options.expectedVersion !== undefined && versioned) {
      const current = (before as { version?: number }).version;
      if (current !== options.expectedVersion) throw conflict(redact(before));
    }
    const set: Record<string, unknown> = { ...patch };
    if (versioned) set.version = sql`${(table as unknown as Versioned).version} + 1`;
    if ('updatedAt' in table) set.updatedAt = sql`now()`;
    const [after] = (await this.tx
      .update(table)
      .set(set as PgUpdateSetSource<T>)
      .where(eq(table.id, id))
      .returning()) as T['$inferSelect'][];
    await this.audit(options.action ?? `${entity}.update`, entity, id, before, after);
    return after as T['$inferSelect'];
  }

  /**
   * Reads rows and locks them until the transaction ends: concurrent use
   * cases on the same row then run one after the other, and the second sees
   * what the first wrote (two submissions of one report cannot both pass).
   */
  async lock<T extends PgTable>(table: T, where: SQL): Promise<T['$inferSelect'][]> {
    return (await this.tx.select().from(table as PgTable).where(where).for('update')) as T['$inferSelect'][];
  }

  /** Updates the rows matching `where` (tables keyed other than by `id`), auditing each. */
  async updateWhere<T extends PgTable>(table: T, where: SQL, patch: PgUpdateSetSource<T>, options: { action?: string } = {}): Promise<T['$inferSelect'][]> {
    const entity = getTableName(table);
    const before = (await this.tx.select().from(table as PgTable).where(where).for('update')) as T['$inferSelect'][];
    const set: Record<string, unknown> = { ...patch };
    if ('version' in table) set.version = sql`${(table as unknown as Versioned).version} + 1`;
    if ('updatedAt' in table) set.updatedAt = sql`now()`;
    const after = (await this.tx
      .update(table)
      .set(set as PgUpdateSetSource<T>)
      .where(where)
      .returning()) as T['$inferSelect'][];
    for (const [i, row] of after.entries()) await this.audit(options.action ?? `${entity}.update`, entity, rowKey(row), before[i] ?? null, row);
    return after;
  }

  /** Deletes rows matching `where`, auditing each with its last state. */
  async delete<T extends PgTable>(table: T, where: SQL, options: { action?: string } = {}): Promise<number> {
    const entity = getTableName(table);
    const deleted = (await this.tx.delete(table).where(where).returning()) as T['$inferSelect'][];
    for (const row of deleted) await this.audit(options.action ?? `${entity}.delete`, entity, rowKey(row), row, null);
    return deleted.length;
  }

  /** Records an event that changes no row of its own (login, logout, export). */
  async event(action: string, entity: string, entityId: string, details?: unknown): Promise<void> {
    await this.audit(action, entity, entityId, null, details ?? null);
  }
}

/** Secrets never reach the audit log; that a secret changed still does. */
const SECRET_FIELDS = new Set(['passwordHash', 'csrfToken', 'token', 'tokenHash']);

function redact(row: unknown): unknown {
  if (row === undefined || row === null) return null;
  if (typeof row !== 'object' || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = SECRET_FIELDS.has(k) ? '[ẩn]' : v;
  return out;
}

function rowKey(row: unknown): string {
  if (row && typeof row === 'object') {
    const r = row as Record<string, unknown>;
    if (typeof r.id === 'string' || typeof r.id === 'number') return String(r.id);
    return Object.entries(r)
      .filter(([k]) => k.endsWith('Id'))
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
  }
  return '?';
}

export interface Work {
  read: ReadTx;
  write: AuditedWriter;
  actor: Actor | null;
  /** The same transaction, acting as someone else (seeding several users' steps atomically). */
  as(actor: Actor | null): Work;
}

function readOnly(tx: Tx): ReadTx {
  return {
    select: tx.select.bind(tx),
    selectDistinct: tx.selectDistinct.bind(tx),
    selectDistinctOn: tx.selectDistinctOn.bind(tx),
    query: tx.query,
    $count: tx.$count.bind(tx),
    selectSql: tx.execute.bind(tx),
  } as ReadTx;
}

function workOn(tx: Tx, actor: Actor | null): Work {
  return { read: readOnly(tx), write: new AuditedWriter(tx, actor), actor, as: (other) => workOn(tx, other) };
}

/** Runs one use case in one transaction: all of it is written, or none. */
export async function inTransaction<T>(db: Db, actor: Actor | null, fn: (work: Work) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => fn(workOn(tx, actor)));
}

/** Read-only use cases run on the database directly, without a transaction. */
export function reader(db: Db): ReadTx {
  return {
    select: db.select.bind(db),
    selectDistinct: db.selectDistinct.bind(db),
    selectDistinctOn: db.selectDistinctOn.bind(db),
    query: db.query,
    $count: db.$count.bind(db),
    selectSql: db.execute.bind(db),
  } as ReadTx;
}

