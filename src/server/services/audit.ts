/**
 * Reading the audit log (admins). Writing it happens only through the
 * audited writer, in the transaction of each change.
 */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { auditLog, users } from '../db/schema/index.ts';
import type { ReadTx } from '../db/uow.ts';

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Keyset pagination: rows with id below this. */
  before?: number;
  limit: number;
}

export async function listAudit(read: ReadTx, q: AuditQuery) {
  const rows = await read
    .select({ entry: auditLog, actorName: users.displayName, actorUsername: users.username })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        q.entity ? eq(auditLog.entity, q.entity) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
        q.action ? sql`${auditLog.action} LIKE ${`${q.action}%`}` : undefined,
        q.before ? lt(auditLog.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
  return {
    entries: rows.map(({ entry, actorName, actorUsername }) => ({ ...entry, actorName: actorName ?? 'Hệ thống', actorUsername })),
    nextBefore: rows.length === q.limit ? (rows[rows.length - 1]?.entry.id ?? null) : null,
  };
}
