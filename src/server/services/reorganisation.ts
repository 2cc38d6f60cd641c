/**
 * Organisations change: successors of a unit (merge, split, rename) with the
 * date of the change, the history of a unit, and the coordinator-confirmed
 * transfer of a closed unit's open work to its successors.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import { addDays, type CivilDate } from '../../core/civil-date.ts';
import { planTransfer } from '../../core/org/reorganisation.ts';
import { countsAsSubmitted } from '../../core/reporting/index.ts';
import { auditLog, duties, obligations, reportingDuties, reports, unitSuccessions, unitTransfers, units, users, type SuccessionKind } from '../db/schema/index.ts';
import { anyUuid } from '../db/sql.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError, notFound } from '../http/errors.ts';
import { ensureObligations } from './reporting/obligations.ts';
import type { Scope } from './scope.ts';

export interface SuccessionInput {
  predecessorId: string;
  successorId: string;
  kind: SuccessionKind;
  effectiveDate: CivilDate;
  share: number;
  note: string | null;
}

export async function listSuccessions(read: ReadTx, scope: Scope, unitId?: string) {
  if (unitId) scope.check(unitId);
  const rows = await read
    .select()
    .from(unitSuccessions)
    .where(unitId ? or(eq(unitSuccessions.predecessorId, unitId), eq(unitSuccessions.successorId, unitId)) : undefined)
    .orderBy(unitSuccessions.effectiveDate);
  const visible = rows.filter((r) => scope.has(r.predecessorId) && scope.has(r.successorId));
  const ids = [...new Set(visible.flatMap((r) => [r.predecessorId, r.successorId]))];
  const names = ids.length ? await read.select({ id: units.id, name: units.name }).from(units).where(anyUuid(units.id, ids)) : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return visible.map((r) => ({ ...r, predecessorName: nameOf.get(r.predecessorId) ?? '', successorName: nameOf.get(r.successorId) ?? '' }));
}

export async function createSuccession(work: Work, scope: Scope, input: SuccessionInput) {
  scope.check(input.predecessorId);
  scope.check(input.successorId);
  if (input.predecessorId === input.successorId) throw new AppError('VALIDATION_FAILED', { reason: 'Đơn vị kế thừa phải khác đơn vị cũ.' });
  return work.write.insertOne(unitSuccessions, { ...input, confirmed: false }, { action: 'succession.create' });
}

export async function confirmSuccession(work: Work, scope: Scope, id: string, confirmed: boolean, expectedVersion: number) {
  const [row] = await work.read.select().from(unitSuccessions).where(eq(unitSuccessions.id, id));
  if (!row) throw notFound('succession');
  scope.check(row.predecessorId);
  scope.check(row.successorId);
  return work.write.update(
    unitSuccessions,
    id,
    { confirmed, confirmedBy: confirmed ? (work.actor?.userId ?? null) : null, confirmedAt: confirmed ? new Date() : null },
    { action: confirmed ? 'succession.confirm' : 'succession.unconfirm', expectedVersion },
  );
}

export async function deleteSuccession(work: Work, scope: Scope, id: string) {
  const [row] = await work.read.select().from(unitSuccessions).where(eq(unitSuccessions.id, id));
  if (!row) throw notFound('succession');
  scope.check(row.predecessorId);
  await work.write.delete(unitSuccessions, eq(unitSuccessions.id, id), { action: 'succession.delete' });
}

/** A unit's life: its record, its successions either way, transfers from it, and every audited change. */
export async function unitHistory(read: ReadTx, scope: Scope, unitId: string) {
  scope.check(unitId);
  const [unit] = await read.select().from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound('unit');
  const [successions, transfers, changes] = await Promise.all([
    listSuccessions(read, scope, unitId),
    read.select().from(unitTransfers).where(eq(unitTransfers.fromUnitId, unitId)).orderBy(desc(unitTransfers.createdAt)),
    read
      .select({ entry: auditLog, actorName: users.displayName })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, 'units'), eq(auditLog.entityId, unitId)))
      .orderBy(desc(auditLog.id))
      .limit(200),
  ]);
  return {
    unit,
    successions,
    transfers,
    changes: changes.map(({ entry, actorName }) => ({ id: entry.id, at: entry.at, action: entry.action, actorName: actorName ?? 'Hệ thống', before: entry.before, after: entry.after })),
  };
}

async function transferPlanFor(read: ReadTx, scope: Scope, unitId: string, effectiveDate: CivilDate | null) {
  scope.check(unitId);
  const [unit] = await read.select().from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound('unit');
  if (!unit.validTo) throw new AppError('UNIT_STILL_ACTIVE');
  const date = effectiveDate ?? addDays(unit.validTo, 1);
  const successions = (await read.select().from(unitSuccessions).where(eq(unitSuccessions.predecessorId, unitId))).filter((s) => scope.has(s.successorId));
  const dutyRows = await read.select().from(duties).where(eq(duties.unitId, unitId));
  const obligationRows = await read
    .select({ o: obligations, status: reports.status })
    .from(obligations)
    .leftJoin(reports, eq(reports.obligationId, obligations.id))
    .where(eq(obligations.unitId, unitId));
  const plan = planTransfer({
    effectiveDate: date,
    successors: successions.map((s) => ({ unitId: s.successorId, confirmed: s.confirmed })),
    duties: dutyRows.map((d) => ({ id: d.id, unitId: d.unitId, completed: d.completedOn !== null, transferred: d.transferredOn !== null })),
    obligations: obligationRows.map(({ o, status }) => ({
      id: o.id,
      unitId: o.unitId,
      reportingDutyId: o.reportingDutyId,
      periodId: o.periodId,
      windowEnd: o.windowEnd,
      submitted: status !== null && countsAsSubmitted(status),
      transferred: o.transferredOn !== null,
    })),
  });
  return { unit, date, plan, dutyRows, obligationRows: obligationRows.map((r) => r.o) };
}

/** What a transfer would move, without moving anything (the coordinator checks it first). */
export async function previewTransfer(read: ReadTx, scope: Scope, unitId: string, effectiveDate: CivilDate | null) {
  const { date, plan } = await transferPlanFor(read, scope, unitId, effectiveDate);
  const ids = [...new Set([...plan.duties.map((d) => d.toUnitId), ...plan.obligations.map((o) => o.toUnitId), ...plan.unconfirmed])];
  const names = ids.length ? await read.select({ id: units.id, name: units.name }).from(units).where(anyUuid(units.id, ids)) : [];
  return { effectiveDate: date, ...plan, unitNames: Object.fromEntries(names.map((n) => [n.id, n.name])) };
}

/**
 * Moves the closed unit's open duties and obligations to its confirmed
 * successors, in one transaction. The originals stay with the unit, marked
 * transferred; past reports are untouched. The plan's reporting duties then
 * name the successors, so later periods are owed by them.
 */
export async function transferOpenWork(work: Work, scope: Scope, unitId: string, effectiveDate: CivilDate | null, today: CivilDate) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const { date, plan, dutyRows, obligationRows } = await transferPlanFor(work.read, scope, unitId, effectiveDate);
  if (plan.duties.length === 0 && plan.obligations.length === 0 && plan.unconfirmed.length > 0) throw new AppError('SUCCESSORS_UNCONFIRMED');
  const dutyById = new Map(dutyRows.map((d) => [d.id, d]));
  const newDuties = plan.duties.flatMap((m) => {
    const d = dutyById.get(m.fromId);
    if (!d) return [];
    return [{ planId: d.planId, assignmentId: d.assignmentId, unitId: m.toUnitId, role: d.role, kind: d.kind, text: d.text, deadline: d.deadline, deadlineText: d.deadlineText, progress: d.progress, startedOn: d.startedOn, transferredFromId: d.id }];
  });
  await work.write.insert(duties, newDuties, { action: 'duty.transfer-in' });
  for (const id of new Set(plan.duties.map((m) => m.fromId))) await work.write.update(duties, id, { transferredOn: date }, { action: 'duty.transfer-out' });
  const obligationById = new Map(obligationRows.map((o) => [o.id, o]));
  const newObligations = plan.obligations.flatMap((m) => {
    const o = obligationById.get(m.fromId);
    if (!o) return [];
    const { id: _id, unitId: _u, version: _v, createdAt: _c, updatedAt: _up, transferredOn: _t, ...rest } = o;
    return [{ ...rest, unitId: m.toUnitId, transferredFromId: o.id }];
  });
  const inserted = await work.write.insertMissing(obligations, newObligations, { action: 'obligation.transfer-in' });
  for (const id of new Set(plan.obligations.map((m) => m.fromId))) await work.write.update(obligations, id, { transferredOn: date }, { action: 'obligation.transfer-out' });
  const successorIds = [...new Set([...plan.duties.map((d) => d.toUnitId), ...plan.obligations.map((o) => o.toUnitId)])];
  const touchedDuties = await work.read.select().from(reportingDuties).where(anyUuid(reportingDuties.id, [...new Set(obligationRows.map((o) => o.reportingDutyId))]));
  for (const rd of touchedDuties) {
    if (!rd.unitIds.includes(unitId)) continue;
    const next = [...new Set([...rd.unitIds.filter((u) => u !== unitId), ...successorIds])];
    await work.write.update(reportingDuties, rd.id, { unitIds: next }, { action: 'reporting-duty.transfer' });
  }
  // Later periods are owed by the successors now: generate what is due so far.
  for (const planId of new Set(touchedDuties.map((d) => d.planId))) await ensureObligations(work, planId, today);
  const details = { duties: plan.duties.length, obligations: inserted.length, kept: plan.kept.length, successors: successorIds, unconfirmed: plan.unconfirmed };
  await work.write.insertOne(unitTransfers, { fromUnitId: unitId, effectiveDate: date, details, createdBy: actor.userId }, { action: 'unit.transfer' });
  return details;
}

/** Successors still waiting for confirmation, for the coordinator's to-do list. */
export async function pendingSuccessions(read: ReadTx, scope: Scope) {
  const rows = await read.select().from(unitSuccessions).where(eq(unitSuccessions.confirmed, false));
  return rows.filter((r) => scope.has(r.predecessorId));
}

