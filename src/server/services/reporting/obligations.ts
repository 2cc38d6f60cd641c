/**
 * Obligations: one per (unit × reporting duty × period), generated from the
 * plan's reporting duties and their rules, idempotently, so generating again
 * (after a rule change, as time passes, from two processes) never duplicates.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { effectiveDates, generateObligationPeriods, obligationFor, parsePeriodId, reportingRule, type ReportingRule } from '../../../core/period/index.ts';
import { owesPeriod } from '../../../core/org/reorganisation.ts';
import { obligations, plans, reportingDuties, reportingRules, reports, units } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { civilDateInVietnam } from '../../clock.ts';
import type { Scope } from '../scope.ts';

export type ObligationRow = typeof obligations.$inferSelect;
export type ReportingDutyRow = typeof reportingDuties.$inferSelect;

/** The rule of a reporting duty: its own, or the defaults for its cadence. */
export async function rulesOf(read: ReadTx, dutyRows: readonly ReportingDutyRow[]): Promise<Map<string, ReportingRule>> {
  const ids = dutyRows.map((d) => d.id);
  const stored = ids.length ? await read.select().from(reportingRules).where(inArray(reportingRules.reportingDutyId, ids)) : [];
  const out = new Map<string, ReportingRule>();
  for (const d of dutyRows) {
    if (d.cadence === 'once') continue;
    out.set(d.id, stored.find((s) => s.reportingDutyId === d.id)?.rule ?? reportingRule(d.cadence));
  }
  return out;
}

export function planStartDate(plan: { date: CivilDate | null; createdAt: Date }): CivilDate {
  return plan.date ?? civilDateInVietnam(plan.createdAt);
}

/**
 * Creates the obligations a plan's units owe up to today's period plus the
 * horizon (or the plan's end). Returns how many were new.
 */
export async function ensureObligations(work: Work, planId: string, today: CivilDate): Promise<number> {
  const [plan] = await work.read.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan');
  if (plan.status !== 'active') return 0;
  const dutyRows = await work.read.select().from(reportingDuties).where(eq(reportingDuties.planId, planId));
  const rules = await rulesOf(work.read, dutyRows);
  const unitIds = [...new Set(dutyRows.flatMap((d) => d.unitIds))];
  const validity = new Map(
    (unitIds.length ? await work.read.select({ id: units.id, validFrom: units.validFrom, validTo: units.validTo }).from(units).where(anyUuid(units.id, unitIds)) : []).map((u) => [u.id, u]),
  );
  const rows: (typeof obligations.$inferInsert)[] = [];
  for (const duty of dutyRows) {
    const rule = rules.get(duty.id);
    if (!rule) continue;
    const periods = generateObligationPeriods(rule, planStartDate(plan), plan.endDate, { today });
    for (const unitId of duty.unitIds) {
      const unit = validity.get(unitId);
      for (const p of periods) {
        // A unit owes a period only if it exists on the period's cut-off day (see core/org/reorganisation).
        if (!unit || !owesPeriod(unit, p.windowEnd)) continue;
        rows.push({
          planId,
          reportingDutyId: duty.id,
          unitId,
          periodType: rule.cadence,
          periodId: p.periodId,
          windowStart: p.windowStart,
          windowEnd: p.windowEnd,
          dueDate: p.dueDate,
          lockDate: p.lockDate,
        });
      }
    }
  }
  const created = await work.write.insertMissing(obligations, rows, { action: 'obligation.generate', audit: 'summary' });
  return created.length;
}

/**
 * After a rule change: obligations not yet reported get the new dates;
 * those with a report keep theirs, so nobody's on-time status moves under them.
 */
export async function rescheduleOpenObligations(work: Work, reportingDutyId: string, rule: ReportingRule): Promise<number> {
  const open = await work.read
    .select({ o: obligations })
    .from(obligations)
    .leftJoin(reports, eq(reports.obligationId, obligations.id))
    .where(and(eq(obligations.reportingDutyId, reportingDutyId), isNull(reports.id)));
  let changed = 0;
  for (const { o } of open) {
    const period = parsePeriodId(o.periodId);
    if (!period || period.type !== rule.cadence) continue;
    const next = obligationFor(rule, period);
    if (next.dueDate === o.dueDate && next.lockDate === o.lockDate && next.windowStart === o.windowStart) continue;
    await work.write.update(obligations, o.id, { windowStart: next.windowStart, windowEnd: next.windowEnd, dueDate: next.dueDate, lockDate: next.lockDate }, { action: 'obligation.reschedule' });
    changed++;
  }
  return changed;
}

export async function loadObligation(read: ReadTx, scope: Scope, id: string): Promise<ObligationRow> {
  const [row] = await read.select().from(obligations).where(eq(obligations.id, id));
  if (!row) throw notFound('obligation');
  scope.check(row.unitId);
  return row;
}

export function effectiveObligationDates(o: ObligationRow) {
  return effectiveDates(o, { dueDate: o.exceptionDueDate ?? undefined, lockDate: o.exceptionLockDate ?? undefined });
}

export interface ExceptionInput {
  dueDate: CivilDate | null;
  lockDate: CivilDate | null;
  reason: string;
}

/** The coordinator grants (or withdraws, with both dates null) a unit's exception. */
export async function grantException(work: Work, scope: Scope, obligationId: string, input: ExceptionInput, expectedVersion: number): Promise<ObligationRow> {
  const o = await loadObligation(work.read, scope, obligationId);
  if (input.dueDate && input.dueDate < o.windowEnd) throw new AppError('VALIDATION_FAILED', { reason: 'Hạn mới không được trước ngày chốt số liệu.' });
  return work.write.update(
    obligations,
    o.id,
    { exceptionDueDate: input.dueDate, exceptionLockDate: input.lockDate, exceptionReason: input.dueDate || input.lockDate ? input.reason : null },
    { action: 'obligation.exception', expectedVersion },
  );
}
