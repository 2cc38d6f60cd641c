/**
 * Named versions of a consolidated report: a snapshot of its content, title
 * and frame, numbered from 1, immutable (a trigger refuses UPDATE and DELETE
 * on `consolidation_versions`), readable and exportable later.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { ConsolidationSnapshot, DocumentFrame } from '../../../core/consolidation/index.ts';
import { consolidations, consolidationVersions, users } from '../../db/schema/index.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Scope } from '../scope.ts';
import { checkVersion, contentOf, loadConsolidation } from './consolidations.ts';

export async function saveVersion(work: Work, scope: Scope, id: string, input: { expectedVersion: number; note: string }) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const { row, plan } = await loadConsolidation(work.read, scope, id);
  await checkVersion(work.read, row, plan, input.expectedVersion);
  const number = row.versionCount + 1;
  const snapshot: ConsolidationSnapshot = { ...contentOf(row), title: row.title };
  const saved = await work.write.insertOne(
    consolidationVersions,
    { consolidationId: row.id, number, content: snapshot, frame: row.frame, note: input.note, createdBy: actor.userId },
    { action: 'consolidation.version' },
  );
  const updated = await work.write.update(consolidations, row.id, { versionCount: number }, { action: 'consolidation.version-count', expectedVersion: input.expectedVersion });
  return { number: saved.number, note: saved.note, createdAt: saved.createdAt, version: updated.version };
}

export async function listVersions(read: ReadTx, scope: Scope, id: string) {
  const { row } = await loadConsolidation(read, scope, id);
  const rows = await read
    .select({ number: consolidationVersions.number, note: consolidationVersions.note, createdAt: consolidationVersions.createdAt, createdByName: users.displayName })
    .from(consolidationVersions)
    .innerJoin(users, eq(users.id, consolidationVersions.createdBy))
    .where(eq(consolidationVersions.consolidationId, row.id))
    .orderBy(asc(consolidationVersions.number));
  return rows;
}

export interface VersionView {
  number: number;
  note: string | null;
  createdAt: Date;
  createdByName: string;
  title: string;
  content: ConsolidationSnapshot;
  frame: DocumentFrame;
}

export async function getVersion(read: ReadTx, scope: Scope, id: string, number: number): Promise<VersionView> {
  const { row } = await loadConsolidation(read, scope, id);
  const [found] = await read
    .select({ v: consolidationVersions, createdByName: users.displayName })
    .from(consolidationVersions)
    .innerJoin(users, eq(users.id, consolidationVersions.createdBy))
    .where(and(eq(consolidationVersions.consolidationId, row.id), eq(consolidationVersions.number, number)));
  if (!found) throw notFound('consolidation version');
  const content = contentOf(found.v) as ConsolidationSnapshot;
  return { number: found.v.number, note: found.v.note, createdAt: found.v.createdAt, createdByName: found.createdByName, title: content.title, content, frame: found.v.frame as DocumentFrame };
}
