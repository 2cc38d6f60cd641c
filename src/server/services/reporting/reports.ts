/**
 * A unit's periodic report: the draft (saved with optimistic versions: the
 * second of two editors gets a conflict with both versions), the transitions
 * of the flow, immutable submitted versions and the history of events.
 */
import { asc, desc, eq } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { obligationTiming, periodName } from '../../../core/period/index.ts';
import {
  availableActions,
  emptyContent,
  normaliseContent,
  recordsVersion,
  transition,
  validateContent,
  type ReportAction,
  type ReportActor,
  type ReportContent,
} from '../../../core/reporting/index.ts';
import { attachments, plans, reportEvents, reportingDuties, reports, reportVersions, units, users } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { Actor, ReadTx, Work } from '../../db/uow.ts';
import { AppError } from '../../http/errors.ts';
import type { StoredFile } from '../../files/store.ts';
import type { Scope } from '../scope.ts';
import { loadForm } from './forms.ts';
import { effectiveObligationDates, loadObligation, type ObligationRow } from './obligations.ts';

export type ReportRow = typeof reports.$inferSelect;

/** How the caller stands to this report (set-based scope plus role). */
export async function relationTo(read: ReadTx, actor: Actor, editScope: Scope | null, reviewScope: Scope | null, o: ObligationRow): Promise<ReportActor> {
  const ofUnit = !!editScope?.has(o.unitId) && (actor.role === 'reporter' || actor.role === 'leader' || actor.role === 'admin');
  const leader = ofUnit && (actor.role === 'leader' || actor.role === 'admin');
  let reviewer = false;
  if (reviewScope?.has(o.unitId)) {
    const [duty] = await read.select({ relay: reportingDuties.relayUnitId }).from(reportingDuties).where(eq(reportingDuties.id, o.reportingDutyId));
    const [plan] = await read.select({ coordinator: plans.coordinatorUnitId }).from(plans).where(eq(plans.id, o.planId));
    // The relay ("qua Ban Tuyên giáo") receives; the plan's coordinating office may too.
    reviewer = actor.role === 'admin' || actor.unitId === duty?.relay || actor.unitId === plan?.coordinator;
  }
  return { ofUnit, leader, reviewer };
}

function isLocked(o: ObligationRow, today: CivilDate): boolean {
  return today > effectiveObligationDates(o).lockDate;
}

async function reportOf(read: ReadTx, obligationId: string): Promise<ReportRow | null> {
  const [row] = await read.select().from(reports).where(eq(reports.obligationId, obligationId));
  return row ?? null;
}

/** The report, locked for the rest of the transaction (every change to a report goes through this). */
async function lockedReport(work: Work, obligationId: string): Promise<ReportRow | null> {
  const [row] = await work.write.lock(reports, eq(reports.obligationId, obligationId));
  return row ?? null;
}

export interface ReportScopes {
  edit: Scope | null;
  review: Scope | null;
  read: Scope;
}

export async function getReport(read: ReadTx, actor: Actor, scopes: ReportScopes, obligationId: string, today: CivilDate) {
  const o = await loadObligation(read, scopes.read, obligationId);
  const [report, settings, [plan], [unit], [duty]] = await Promise.all([
    reportOf(read, o.id),
    loadForm(read, o.planId),
    read.select({ id: plans.id, number: plans.number, title: plans.title, type: plans.type }).from(plans).where(eq(plans.id, o.planId)),
    read.select({ id: units.id, name: units.name }).from(units).where(eq(units.id, o.unitId)),
    read.select().from(reportingDuties).where(eq(reportingDuties.id, o.reportingDutyId)),
  ]);
  const relation = await relationTo(read, actor, scopes.edit, scopes.review, o);
  const status = report?.status ?? 'draft';
  const ctx = { requireApproval: settings.requireApproval, locked: isLocked(o, today) };
  const [versions, events, files] = report
    ? await Promise.all([
        read.select().from(reportVersions).where(eq(reportVersions.reportId, report.id)).orderBy(asc(reportVersions.number)),
        read
          .select({ event: reportEvents, actorName: users.displayName })
          .from(reportEvents)
          .innerJoin(users, eq(users.id, reportEvents.actorId))
          .where(eq(reportEvents.reportId, report.id))
          .orderBy(desc(reportEvents.createdAt)),
        report.attachmentIds.length ? read.select({ id: attachments.id, fileName: attachments.fileName, size: attachments.size }).from(attachments).where(anyUuid(attachments.id, report.attachmentIds)) : Promise.resolve([]),
      ])
    : [[], [], []];
  const dates = effectiveObligationDates(o);
  return {
    obligation: {
      id: o.id,
      periodId: o.periodId,
      periodLabel: periodName(o.periodId),
      windowStart: o.windowStart,
      windowEnd: o.windowEnd,
      dueDate: dates.dueDate,
      lockDate: dates.lockDate,
      exception: o.exceptionDueDate || o.exceptionLockDate ? { dueDate: o.exceptionDueDate, lockDate: o.exceptionLockDate, reason: o.exceptionReason } : null,
      timing: obligationTiming(o, { today, submittedOn: report && (report.status === 'submitted' || report.status === 'accepted') ? report.firstSubmittedOn : null, exception: { dueDate: o.exceptionDueDate ?? undefined, lockDate: o.exceptionLockDate ?? undefined } }),
      version: o.version,
    },
    plan,
    unit,
    reportingDuty: duty ? { id: duty.id, cadence: duty.cadence, text: duty.text, to: duty.toText, via: duty.viaText } : null,
    form: settings.form,
    requireApproval: settings.requireApproval,
    report: report
      ? { id: report.id, status: report.status, content: report.content, attachments: files, firstSubmittedOn: report.firstSubmittedOn, version: report.version, updatedAt: report.updatedAt }
      : { id: null, status: 'draft' as const, content: emptyContent(), attachments: [], firstSubmittedOn: null, version: 0, updatedAt: null },
    versions: versions.map((v) => ({ number: v.number, content: v.content, submittedOn: v.submittedOn, createdAt: v.createdAt, attachmentIds: v.attachmentIds })),
    events: events.map(({ event, actorName }) => ({ ...event, actorName })),
    locked: ctx.locked,
    abilities: { actions: availableActions(status, relation, ctx), grantException: relation.reviewer },
  };
}

/**
 * Saves the draft. `expectedVersion` is the version the editor started from
 * (0 for a report not yet saved); if someone saved in between, the save is
 * refused with both versions, and nothing is overwritten.
 */
export async function saveDraft(work: Work, scopes: ReportScopes, obligationId: string, input: { content: ReportContent; expectedVersion: number; today: CivilDate }) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const o = await loadObligation(work.read, scopes.read, obligationId);
  const relation = await relationTo(work.read, actor, scopes.edit, scopes.review, o);
  const settings = await loadForm(work.read, o.planId);
  const report = await lockedReport(work, o.id);
  const t = transition(report?.status ?? 'draft', 'save', relation, { requireApproval: settings.requireApproval, locked: isLocked(o, input.today) });
  if (!t.ok) throw refusal(t.reason);
  const content = normaliseContent(settings.form, input.content);
  const problems = validateContent(settings.form, content, { forSubmit: false }).filter((i) => i.code === 'TOO_LONG');
  if (problems.length) throw new AppError('VALIDATION_FAILED', { issues: problems });
  if (!report) {
    if (input.expectedVersion !== 0) throw new AppError('VERSION_CONFLICT');
    const created = await work.write.insertMissing(reports, [{ obligationId: o.id, unitId: o.unitId, planId: o.planId, periodId: o.periodId, content, updatedBy: actor.userId }], { action: 'report.create' });
    if (created.length === 0) throw conflictWith(await reportOf(work.read, o.id));
    return { version: created[0]?.version ?? 1 };
  }
  if (report.version !== input.expectedVersion) throw conflictWith(report);
  const updated = await work.write.update(reports, report.id, { content, updatedBy: actor.userId }, { action: 'report.save', expectedVersion: input.expectedVersion });
  return { version: updated.version };
}

function conflictWith(current: ReportRow | null): AppError {
  return new AppError('VERSION_CONFLICT', current ? { current: { content: current.content, version: current.version, status: current.status, updatedAt: current.updatedAt } } : undefined);
}

function refusal(reason: string): AppError {
  switch (reason) {
    case 'LOCKED':
      return new AppError('REPORT_LOCKED');
    case 'APPROVAL_REQUIRED':
      return new AppError('REPORT_APPROVAL_REQUIRED');
    case 'NOT_ALLOWED_IN_STATUS':
      return new AppError('REPORT_WRONG_STATUS');
    default:
      return new AppError('FORBIDDEN');
  }
}

/** One transition of the flow, in one transaction with its version and event. */
export async function act(work: Work, scopes: ReportScopes, obligationId: string, input: { action: Exclude<ReportAction, 'save'>; comment: string | null; expectedVersion: number; today: CivilDate }) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const o = await loadObligation(work.read, scopes.read, obligationId);
  const relation = await relationTo(work.read, actor, scopes.edit, scopes.review, o);
  const settings = await loadForm(work.read, o.planId);
  let report = await lockedReport(work, o.id);
  const from = report?.status ?? 'draft';
  const t = transition(from, input.action, relation, { requireApproval: settings.requireApproval, locked: isLocked(o, input.today) });
  if (!t.ok) throw refusal(t.reason);
  if ((input.action === 'return' || input.action === 'reject') && !input.comment?.trim()) {
    throw new AppError('VALIDATION_FAILED', { reason: 'Hãy ghi lý do trả lại.' });
  }
  if (!report) {
    if (input.expectedVersion !== 0) throw new AppError('VERSION_CONFLICT');
    const [created] = await work.write.insertMissing(reports, [{ obligationId: o.id, unitId: o.unitId, planId: o.planId, periodId: o.periodId, content: emptyContent(), updatedBy: actor.userId }], { action: 'report.create' });
    if (!created) throw conflictWith(await reportOf(work.read, o.id));
    report = created;
  } else if (report.version !== input.expectedVersion) {
    throw conflictWith(report);
  }
  if (recordsVersion(input.action)) {
    const issues = validateContent(settings.form, report.content, { forSubmit: true });
    if (issues.length) throw new AppError('REPORT_INCOMPLETE', { issues });
  }
  let versionNumber: number | null = null;
  const patch: Partial<typeof reports.$inferInsert> = { status: t.to };
  if (recordsVersion(input.action)) {
    versionNumber = report.versionCount + 1;
    await work.write.insertOne(
      reportVersions,
      { reportId: report.id, number: versionNumber, content: report.content, attachmentIds: report.attachmentIds, submittedBy: actor.userId, submittedOn: input.today },
      { action: 'report.version' },
    );
    patch.versionCount = versionNumber;
    patch.firstSubmittedOn = report.firstSubmittedOn ?? input.today;
    patch.lastSubmittedAt = new Date();
  }
  const updated = await work.write.update(reports, report.id, patch, { action: `report.${input.action}`, expectedVersion: report.version });
  await work.write.insertOne(
    reportEvents,
    { reportId: report.id, action: input.action, fromStatus: from, toStatus: t.to, versionNumber, comment: input.comment?.trim() || null, actorId: actor.userId },
    { action: 'report.event' },
  );
  return { status: updated.status, version: updated.version, versionNumber };
}

/** Evidence files attach to the draft; submitting freezes them into the version. */
export async function attachFiles(work: Work, scopes: ReportScopes, obligationId: string, files: StoredFile[], today: CivilDate) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const o = await loadObligation(work.read, scopes.read, obligationId);
  const relation = await relationTo(work.read, actor, scopes.edit, scopes.review, o);
  const settings = await loadForm(work.read, o.planId);
  let report = await lockedReport(work, o.id);
  const t = transition(report?.status ?? 'draft', 'save', relation, { requireApproval: settings.requireApproval, locked: isLocked(o, today) });
  if (!t.ok) throw refusal(t.reason);
  if (!report) {
    const [created] = await work.write.insertMissing(reports, [{ obligationId: o.id, unitId: o.unitId, planId: o.planId, periodId: o.periodId, content: emptyContent(), updatedBy: actor.userId }], { action: 'report.create' });
    report = created ?? (await lockedReport(work, o.id));
    if (!report) throw new AppError('VERSION_CONFLICT');
  }
  const rows = await work.write.insert(attachments, files.map((f) => ({ ...f, unitId: o.unitId, createdBy: actor.userId })), { action: 'attachment.upload' });
  // Attaching changes the draft, so its version moves: the editor gets the new one back.
  const [updated] = await work.write.updateWhere(reports, eq(reports.id, report.id), { attachmentIds: [...report.attachmentIds, ...rows.map((r) => r.id)] }, { action: 'report.attach' });
  return { attachments: rows.map((r) => ({ id: r.id, fileName: r.fileName, size: r.size })), version: updated?.version ?? report.version };
}
