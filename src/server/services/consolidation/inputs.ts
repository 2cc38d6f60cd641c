/**
 * What a consolidated report is made from, read from the database: the plan
 * (number, type, date, subject, content areas), its report form, the
 * obligations of the periods covered with the units' reports, and (for
 * reviews) its duties. One read of each table, whatever the number of units.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { issuedByOf, sortPeriodIds, type ConsolidationKind, type DraftInput, type DutyFact, type PlanInfo, type UnitInfo, type UnitReport } from '../../../core/consolidation/index.ts';
import { parsePeriodId, periodExtent } from '../../../core/period/index.ts';
import { countsAsSubmitted } from '../../../core/reporting/index.ts';
import type { plans } from '../../db/schema/index.ts';
import { contentAreas, duties, obligations, reportingDuties, reports, units } from '../../db/schema/index.ts';
import type { ReadTx } from '../../db/uow.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadForm } from '../reporting/forms.ts';

export type PlanRow = typeof plans.$inferSelect;
export type UnitRow = typeof units.$inferSelect;

export function unitInfo(u: Pick<UnitRow, 'name' | 'shortName' | 'kind'>): UnitInfo {
  return { name: u.name, shortName: u.shortName, kind: u.kind };
}

export async function loadUnit(read: ReadTx, id: string): Promise<UnitRow> {
  const [u] = await read.select().from(units).where(eq(units.id, id));
  if (!u) throw notFound('unit');
  return u;
}

/** A unit and its parent, as the document header needs them. */
export async function unitWithParent(read: ReadTx, id: string): Promise<{ unit: UnitRow; parent: UnitRow | null }> {
  const unit = await loadUnit(read, id);
  return { unit, parent: unit.parentId ? await loadUnit(read, unit.parentId) : null };
}

export async function planInfo(read: ReadTx, plan: PlanRow): Promise<PlanInfo> {
  const [owner, areas] = await Promise.all([loadUnit(read, plan.ownerUnitId), read.select().from(contentAreas).where(eq(contentAreas.planId, plan.id)).orderBy(asc(contentAreas.ord))]);
  return {
    number: plan.number,
    type: plan.type,
    date: plan.date,
    title: plan.title,
    issuedBy: issuedByOf(unitInfo(owner), plan.structure.signer?.authority ?? null),
    areas: areas.map((a) => ({ key: `area:${a.id}`, number: a.number, title: a.title })),
  };
}

export interface PeriodChoice {
  kind: ConsolidationKind;
  /** The period of a period report; the first of a review's range (null: from the plan's first). */
  from: string | null;
  /** The last of a review's range (null: to the plan's last). */
  to: string | null;
}

/**
 * The periods a report covers, among those the plan has obligations for: one
 * period, or every period whose calendar extent lies within the range (a
 * yearly report between two half-years is in a review of both).
 */
export async function periodsCovered(read: ReadTx, planId: string, choice: PeriodChoice): Promise<string[]> {
  const rows = await read.selectDistinct({ periodId: obligations.periodId }).from(obligations).where(eq(obligations.planId, planId));
  const all = sortPeriodIds(rows.map((r) => r.periodId));
  let chosen: string[];
  if (choice.kind === 'period') chosen = all.filter((p) => p === choice.from);
  else {
    const from = choice.from ? parsePeriodId(choice.from) : null;
    const to = choice.to ? parsePeriodId(choice.to) : null;
    const start = from ? periodExtent(from).start : null;
    const end = to ? periodExtent(to).end : null;
    if (start && end && end < start) throw new AppError('VALIDATION_FAILED', { reason: 'Kỳ cuối phải sau kỳ đầu.' });
    chosen = all.filter((id) => {
      const p = parsePeriodId(id);
      if (!p) return false;
      const e = periodExtent(p);
      return (!start || e.start >= start) && (!end || e.end <= end);
    });
  }
  if (chosen.length === 0) throw new AppError('CONSOLIDATION_NO_PERIODS');
  return chosen;
}

async function unitReports(read: ReadTx, planId: string, periodIds: string[]): Promise<UnitReport[]> {
  const rows = await read
    .select({
      o: obligations,
      unitName: units.name,
      sortOrder: units.sortOrder,
      status: reports.status,
      firstSubmittedOn: reports.firstSubmittedOn,
      content: reports.content,
    })
    .from(obligations)
    .innerJoin(units, eq(units.id, obligations.unitId))
    .leftJoin(reports, eq(reports.obligationId, obligations.id))
    .where(and(eq(obligations.planId, planId), inArray(obligations.periodId, periodIds)));
  return (
    rows
      // An obligation passed to a successor unit is no longer expected here, unless it was already reported.
      .filter((r) => r.o.transferredOn === null || (r.status !== null && countsAsSubmitted(r.status)))
      .map((r) => ({
        unitId: r.o.unitId,
        unitName: r.unitName,
        sortOrder: r.sortOrder,
        periodId: r.o.periodId,
        status: r.status,
        dueDate: (r.o.exceptionDueDate ?? r.o.dueDate) as CivilDate,
        firstSubmittedOn: r.firstSubmittedOn,
        content: r.content,
      }))
  );
}

async function dutyFacts(read: ReadTx, planId: string): Promise<DutyFact[]> {
  const rows = await read
    .select({ d: duties, unitName: units.name, sortOrder: units.sortOrder })
    .from(duties)
    .innerJoin(units, eq(units.id, duties.unitId))
    .where(and(eq(duties.planId, planId), isNull(duties.transferredOn)));
  return rows.map((r) => ({
    unitId: r.d.unitId,
    unitName: r.unitName,
    sortOrder: r.sortOrder,
    text: r.d.text,
    deadline: r.d.deadline,
    completedOn: r.d.completedOn,
    startedOn: r.d.startedOn,
    progress: r.d.progress,
  }));
}

export async function loadDraftInput(read: ReadTx, plan: PlanRow, issuer: UnitRow, kind: ConsolidationKind, periodIds: string[], today: CivilDate): Promise<DraftInput> {
  const [info, settings, reportRows, dutyRows] = await Promise.all([
    planInfo(read, plan),
    loadForm(read, plan.id),
    unitReports(read, plan.id, periodIds),
    kind === 'period' ? Promise.resolve([]) : dutyFacts(read, plan.id),
  ]);
  return { plan: info, issuerName: issuer.name, indicators: settings.form.indicators, periodIds, reports: reportRows, duties: dutyRows, today };
}

/** "Ban Thường vụ Tỉnh ủy (b/c)": the bodies the plan's reports go to, for "Nơi nhận". */
export async function defaultRecipients(read: ReadTx, plan: PlanRow): Promise<string[]> {
  const rows = await read.select({ to: reportingDuties.toText }).from(reportingDuties).where(eq(reportingDuties.planId, plan.id));
  const names = [...new Set(rows.flatMap((r) => r.to).map((t) => t.trim()).filter(Boolean))];
  return names.map((n) => `${n} (b/c)`);
}
