/**
 * Duties of units: "Việc của đơn vị", one duty with its history, and
 * progress updates with evidence files.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { CivilDate } from '../../core/civil-date.ts';
import { compareDutyUrgency, daysOverdue, dutyStatus, type DutyStatus } from '../../core/duty/index.ts';
import { compareVietnamese } from '../../core/text/vietnamese.ts';
import { anyUuid } from '../db/sql.ts';
import { attachments, duties, dutyUpdates, plans, units, users } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { StoredFile } from '../files/store.ts';
import type { Scope } from './scope.ts';

export type DutyRow = typeof duties.$inferSelect;

const dutyFields = {
  duty: duties,
  unitName: units.name,
  planNumber: plans.number,
  planTitle: plans.title,
  planType: plans.type,
};

function presentDuty(row: { duty: DutyRow; unitName: string; planNumber: string | null; planTitle: string; planType: string | null }, today: CivilDate) {
  const { duty } = row;
  return {
    id: duty.id,
    planId: duty.planId,
    planNumber: row.planNumber,
    planTitle: row.planTitle,
    planType: row.planType,
    unitId: duty.unitId,
    unitName: row.unitName,
    role: duty.role,
    kind: duty.kind,
    text: duty.text,
    deadline: duty.deadline,
    deadlineText: duty.deadlineText,
    progress: duty.progress,
    startedOn: duty.startedOn,
    completedOn: duty.completedOn,
    status: dutyStatus(duty, { today }),
    transferredOn: duty.transferredOn,
    daysOverdue: daysOverdue(duty, { today }),
    version: duty.version,
  };
}

export type DutyView = ReturnType<typeof presentDuty>;

export interface UnitDutiesQuery {
  unitId?: string;
  status?: DutyStatus;
  planId?: string;
  today: CivilDate;
}

/** A unit's duties, overdue and due soon first. */
export async function listUnitDuties(read: ReadTx, scope: Scope, q: UnitDutiesQuery): Promise<DutyView[]> {
  if (q.unitId) scope.check(q.unitId);
  const ids = scope.list();
  const rows = await read
    .select(dutyFields)
    .from(duties)
    .innerJoin(units, eq(units.id, duties.unitId))
    .innerJoin(plans, eq(plans.id, duties.planId))
    .where(
      and(
        q.unitId ? eq(duties.unitId, q.unitId) : ids ? anyUuid(duties.unitId, ids) : undefined,
        q.planId ? eq(duties.planId, q.planId) : undefined,
        eq(plans.status, 'active'),
        isNull(duties.transferredOn),
      ),
    )
    .limit(5000);
  const views = rows.map((r) => presentDuty(r, q.today)).filter((d) => !q.status || d.status === q.status);
  return views.sort((a, b) => compareDutyUrgency(a, b, { today: q.today }) || compareVietnamese(a.unitName, b.unitName));
}

async function loadDuty(read: ReadTx, scope: Scope, id: string) {
  const [row] = await read
    .select(dutyFields)
    .from(duties)
    .innerJoin(units, eq(units.id, duties.unitId))
    .innerJoin(plans, eq(plans.id, duties.planId))
    .where(eq(duties.id, id));
  if (!row) throw notFound('duty');
  scope.check(row.duty.unitId);
  return row;
}

export async function getDuty(read: ReadTx, scope: Scope, id: string, options: { today: CivilDate; canUpdate: boolean }) {
  const row = await loadDuty(read, scope, id);
  const updates = await read
    .select({ update: dutyUpdates, authorName: users.displayName })
    .from(dutyUpdates)
    .innerJoin(users, eq(users.id, dutyUpdates.authorId))
    .where(eq(dutyUpdates.dutyId, id))
    .orderBy(desc(dutyUpdates.createdAt));
  const fileIds = [...new Set(updates.flatMap((u) => u.update.attachmentIds))];
  const files = fileIds.length
    ? await read.select({ id: attachments.id, fileName: attachments.fileName, size: attachments.size, mime: attachments.mime }).from(attachments).where(anyUuid(attachments.id, fileIds))
    : [];
  const fileById = new Map(files.map((f) => [f.id, f]));
  return {
    duty: presentDuty(row, options.today),
    updates: updates.map(({ update, authorName }) => ({
      id: update.id,
      authorName,
      text: update.text,
      progress: update.progress,
      completedOn: update.completedOn,
      createdAt: update.createdAt,
      attachments: update.attachmentIds.flatMap((a) => {
        const f = fileById.get(a);
        return f ? [f] : [];
      }),
    })),
    abilities: { update: options.canUpdate },
    today: options.today,
  };
}

export interface ProgressInput {
  text: string;
  progress: number;
  completed: boolean;
  files: StoredFile[];
  expectedVersion: number;
  today: CivilDate;
}

/**
 * Records a progress update: the update itself (never changed afterwards),
 * its evidence files, and the duty's new progress. Marking done records the
 * day of completion, which decides on time or late.
 */
export async function addProgress(work: Work, scope: Scope, dutyId: string, input: ProgressInput) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const { duty } = await loadDuty(work.read, scope, dutyId);
  const files = await work.write.insert(
    attachments,
    input.files.map((f) => ({ ...f, unitId: duty.unitId, createdBy: actor.userId })),
    { action: 'attachment.upload' },
  );
  const progress = input.completed ? 100 : Math.max(0, Math.min(100, Math.round(input.progress)));
  const completedOn = input.completed ? (duty.completedOn ?? input.today) : null;
  const update = await work.write.insertOne(
    dutyUpdates,
    { dutyId, authorId: actor.userId, text: input.text, progress, completedOn, attachmentIds: files.map((f) => f.id) },
    { action: 'duty.progress' },
  );
  await work.write.update(
    duties,
    dutyId,
    { progress, completedOn, startedOn: duty.startedOn ?? input.today },
    { action: 'duty.progress', expectedVersion: input.expectedVersion },
  );
  return update;
}

/** Throws unless the duty exists and is in scope (checked before any upload is stored). */
export async function checkDutyAccess(read: ReadTx, scope: Scope, id: string): Promise<void> {
  await loadDuty(read, scope, id);
}

/** An attachment, when the caller may see the record it belongs to. */
export async function getAttachment(read: ReadTx, scope: Scope, id: string) {
  const [row] = await read.select().from(attachments).where(eq(attachments.id, id));
  if (!row) throw notFound('attachment');
  scope.check(row.unitId);
  return row;
}
