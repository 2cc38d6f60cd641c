/**
 * The deadline calendar: duties' deadlines and reports' due dates of the
 * units in the user's scope (their own subtree; the whole organisation for
 * coordinators and leadership), between two dates, as events.
 */
import { and, between, eq, isNull, sql } from 'drizzle-orm';
import { daysBetween, type CivilDate } from '../../core/civil-date.ts';
import { dutyStatus } from '../../core/duty/index.ts';
import { effectiveDates, obligationTiming, periodName } from '../../core/period/index.ts';
import { countsAsSubmitted, type ReportStatus } from '../../core/reporting/index.ts';
import { calendarEvents, type CalendarEvent, type DeadlineItem } from '../../core/reminders/index.ts';
import { duties, obligations, plans, reports, units } from '../db/schema/index.ts';
import { anyUuid } from '../db/sql.ts';
import type { ReadTx } from '../db/uow.ts';
import { AppError } from '../http/errors.ts';
import { dutyLink, obligationLink } from './reminders/items.ts';
import type { Scope } from './scope.ts';

/** A year and a month either side is what month, list and feed views need; more is a mistake or a scrape. */
export const MAX_CALENDAR_DAYS = 400;
/** More items than this in a range is cut (and said so). */
const MAX_ITEMS = 5000;

export interface CalendarRange {
  from: CivilDate;
  to: CivilDate;
  today: CivilDate;
}

export async function deadlineItems(read: ReadTx, scope: Scope, range: CalendarRange): Promise<{ items: DeadlineItem[]; truncated: boolean }> {
  const ids = scope.list();
  const dueExpr = sql<CivilDate>`coalesce(${obligations.exceptionDueDate}, ${obligations.dueDate})`;
  const [obligationRows, dutyRows] = await Promise.all([
    read
      .select({ o: obligations, unitName: units.name, planNumber: plans.number, planTitle: plans.title, reportStatus: reports.status, firstSubmittedOn: reports.firstSubmittedOn })
      .from(obligations)
      .innerJoin(units, eq(units.id, obligations.unitId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(and(eq(plans.status, 'active'), isNull(obligations.transferredOn), sql`${dueExpr} BETWEEN ${range.from} AND ${range.to}`, ids ? anyUuid(obligations.unitId, ids) : undefined))
      .limit(MAX_ITEMS + 1),
    read
      .select({ d: duties, unitName: units.name, planNumber: plans.number, planTitle: plans.title })
      .from(duties)
      .innerJoin(units, eq(units.id, duties.unitId))
      .innerJoin(plans, eq(plans.id, duties.planId))
      .where(and(eq(plans.status, 'active'), isNull(duties.transferredOn), between(duties.deadline, range.from, range.to), ids ? anyUuid(duties.unitId, ids) : undefined))
      .limit(MAX_ITEMS + 1),
  ]);
  const items: DeadlineItem[] = [];
  for (const r of obligationRows) {
    const exception = { dueDate: r.o.exceptionDueDate ?? undefined, lockDate: r.o.exceptionLockDate ?? undefined };
    const { dueDate, lockDate } = effectiveDates(r.o, exception);
    const submitted = r.reportStatus !== null && countsAsSubmitted(r.reportStatus as ReportStatus);
    items.push({
      kind: 'obligation',
      id: r.o.id,
      planId: r.o.planId,
      planNumber: r.planNumber,
      planTitle: r.planTitle,
      unitId: r.o.unitId,
      unitName: r.unitName,
      title: `báo cáo ${periodName(r.o.periodId)}`,
      date: dueDate,
      lockDate,
      groupKey: `${r.o.reportingDutyId}:${r.o.periodId}`,
      code: obligationTiming(r.o, { today: range.today, submittedOn: submitted ? r.firstSubmittedOn : null, exception }),
      link: obligationLink(r.o.id),
    });
  }
  for (const r of dutyRows) {
    if (!r.d.deadline) continue;
    items.push({
      kind: 'duty',
      id: r.d.id,
      planId: r.d.planId,
      planNumber: r.planNumber,
      planTitle: r.planTitle,
      unitId: r.d.unitId,
      unitName: r.unitName,
      title: r.d.text,
      date: r.d.deadline,
      lockDate: null,
      groupKey: `${r.d.assignmentId ?? ''}:${r.d.kind}:${r.d.text}`,
      code: dutyStatus(r.d, { today: range.today }),
      link: dutyLink(r.d.id),
    });
  }
  return { items: items.slice(0, MAX_ITEMS), truncated: obligationRows.length > MAX_ITEMS || dutyRows.length > MAX_ITEMS || items.length > MAX_ITEMS };
}

export function checkRange(from: CivilDate, to: CivilDate): void {
  if (to < from) throw new AppError('VALIDATION_FAILED', { reason: 'Ngày kết thúc trước ngày bắt đầu.' });
  if (daysBetween(from, to) > MAX_CALENDAR_DAYS) throw new AppError('VALIDATION_FAILED', { reason: `Khoảng thời gian tối đa ${MAX_CALENDAR_DAYS} ngày.` });
}

export const planLink = (planId: string) => `/ke-hoach/${planId}`;

export async function calendarOf(read: ReadTx, scope: Scope, ownUnitId: string, range: CalendarRange): Promise<{ from: CivilDate; to: CivilDate; today: CivilDate; events: CalendarEvent[]; truncated: boolean }> {
  checkRange(range.from, range.to);
  const { items, truncated } = await deadlineItems(read, scope, range);
  return { from: range.from, to: range.to, today: range.today, events: calendarEvents(items, { ownUnitId, groupLink: (i) => planLink(i.planId) }), truncated };
}
