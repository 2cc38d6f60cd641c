/**
 * A plan's items (duties and reports) as dashboards list them: with their
 * status code, tone, days overdue and link. Used by the matrix, the overdue
 * list and a unit's own items in the drill-down.
 */
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { daysBetween, type CivilDate } from '../../../core/civil-date.ts';
import { itemCodeLabel, toneOf, type ItemCode, type Tone } from '../../../core/dashboard/index.ts';
import { daysOverdue, dutyStatus } from '../../../core/duty/index.ts';
import { effectiveDates, obligationTiming, periodName } from '../../../core/period/index.ts';
import { countsAsSubmitted, type ReportStatus } from '../../../core/reporting/index.ts';
import { assignments, duties, obligations, reports, units } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { dutyLink, obligationLink } from '../reminders/items.ts';
import { type DashboardContext } from './context.ts';
import { OBLIGATION_COLUMNS, overdueObligationSql } from './facts.ts';

export interface DashboardItem {
  kind: 'duty' | 'obligation';
  id: string;
  unitId: string;
  unitName: string;
  unitSort: number;
  /** Duties: the duty's text; reports: "Báo cáo 6 tháng đầu năm 2020". */
  title: string;
  dueDate: CivilDate | null;
  lockDate: CivilDate | null;
  periodId: string | null;
  code: ItemCode;
  tone: Tone;
  label: string;
  daysOverdue: number;
  link: string;
  /** What the same item of other units shares (a matrix column). */
  columnKey: string;
  assignmentOrd: number | null;
}

export interface ItemQuery {
  /** Only these units (else the view's units). */
  unitIds?: readonly string[];
  /** Only what is overdue now: duties past their deadline not done, reports past due with entry open. */
  onlyOverdue?: boolean;
  /** Reports of this period only. */
  periodId?: string | null;
  limit: number;
}

export async function planItems(read: ReadTx, ctx: DashboardContext, q: ItemQuery): Promise<{ items: DashboardItem[]; truncated: boolean }> {
  const ids = q.unitIds ?? ctx.unitIds ?? ctx.scope.list();
  const today = ctx.today;
  const [dutyRows, obligationRows] = await Promise.all([
    read
      .select({ d: duties, unitName: units.name, unitSort: units.sortOrder, ord: assignments.ord })
      .from(duties)
      .innerJoin(units, eq(units.id, duties.unitId))
      .leftJoin(assignments, eq(assignments.id, duties.assignmentId))
      .where(
        and(
          eq(duties.planId, ctx.plan.id),
          isNull(duties.transferredOn),
          ids ? anyUuid(duties.unitId, ids) : undefined,
          q.onlyOverdue ? sql`${duties.completedOn} IS NULL AND ${duties.deadline} < ${today}` : undefined,
        ),
      )
      .limit(q.limit + 1),
    read
      .select({ o: obligations, unitName: units.name, unitSort: units.sortOrder, reportStatus: reports.status, firstSubmittedOn: reports.firstSubmittedOn })
      .from(obligations)
      .innerJoin(units, eq(units.id, obligations.unitId))
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(
        and(
          eq(obligations.planId, ctx.plan.id),
          isNull(obligations.transferredOn),
          lte(obligations.windowStart, today),
          ids ? anyUuid(obligations.unitId, ids) : undefined,
          q.periodId ? eq(obligations.periodId, q.periodId) : undefined,
          q.onlyOverdue ? overdueObligationSql(today, OBLIGATION_COLUMNS) : undefined,
        ),
      )
      .limit(q.limit + 1),
  ]);
  const items: DashboardItem[] = [];
  for (const r of dutyRows) {
    const code = dutyStatus(r.d, { today });
    items.push({
      kind: 'duty',
      id: r.d.id,
      unitId: r.d.unitId,
      unitName: r.unitName,
      unitSort: r.unitSort,
      title: r.d.text,
      dueDate: r.d.deadline,
      lockDate: null,
      periodId: null,
      code,
      tone: toneOf(code),
      label: itemCodeLabel(code),
      daysOverdue: daysOverdue(r.d, { today }),
      link: dutyLink(r.d.id),
      columnKey: `d:${r.d.assignmentId ?? ''}:${r.d.kind}:${r.d.text}`,
      assignmentOrd: r.ord,
    });
  }
  for (const r of obligationRows) {
    const exception = { dueDate: r.o.exceptionDueDate ?? undefined, lockDate: r.o.exceptionLockDate ?? undefined };
    const { dueDate, lockDate } = effectiveDates(r.o, exception);
    const submitted = r.reportStatus !== null && countsAsSubmitted(r.reportStatus as ReportStatus);
    const submittedOn = submitted ? r.firstSubmittedOn : null;
    const code = obligationTiming(r.o, { today, submittedOn, exception });
    const end = submittedOn ?? today;
    items.push({
      kind: 'obligation',
      id: r.o.id,
      unitId: r.o.unitId,
      unitName: r.unitName,
      unitSort: r.unitSort,
      title: `Báo cáo ${periodName(r.o.periodId)}`,
      dueDate,
      lockDate,
      periodId: r.o.periodId,
      code,
      tone: toneOf(code),
      label: itemCodeLabel(code),
      daysOverdue: Math.max(0, daysBetween(dueDate, end)),
      link: obligationLink(r.o.id),
      columnKey: `o:${r.o.reportingDutyId}:${r.o.periodId}`,
      assignmentOrd: null,
    });
  }
  return { items: items.slice(0, q.limit), truncated: dutyRows.length > q.limit || obligationRows.length > q.limit || items.length > q.limit };
}
