/**
 * Reporting obligations: which periods a unit owes a report for under a plan,
 * and where each stands on a given day.
 *
 * An obligation is (unit × report × period), counted the way DHIS2 counts
 * expected reports (domain.md); this module produces the periods and their
 * dates, the caller multiplies by units.
 *
 * Which periods (decided here, documented for users):
 *  - a unit owes a report for every period whose reporting window overlaps
 *    the time the plan is in force, [planStart, planEnd];
 *  - so the first period is the one whose window contains the plan's date.
 *    Plan 82-KH/TU of 27/8/2019 with 6-monthly reports: 2019H2 (window
 *    15/6–14/12/2019) first; with yearly reports: 2019 (15/12/2018–14/12/2019);
 *    with monthly reports under Nghị định 09 windows: tháng 9/2019 (15/8–14/9),
 *    since the August window closed on 14/8, before the plan existed;
 *  - the last is the one whose window contains planEnd: a plan in force to
 *    31/12/2020 with 6-monthly cut-off windows owes 2021H1 too, whose window
 *    starts 15/12/2020. A plan that wants its final report (tổng kết) to close
 *    it should end on the last cut-off day (14/12/2020);
 *  - open-ended plans (planEnd null) run to the period whose window contains
 *    `today`, plus `horizon` periods (default 1, so the next report is known
 *    before its window opens); callers regenerate as time passes, and the
 *    list only ever grows at its end.
 */
import { assertNever } from '../assert-never.ts';
import { daysBetween, maxCivil, type CivilDate } from '../civil-date.ts';
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { formatPeriodId, periodContaining, periodLabel, periodOrdinal, shiftPeriod, type Period, type PeriodId } from './period.ts';
import { periodSchedule, reportingWindow, type PeriodSchedule, type ReportingRule } from './window.ts';

export interface Obligation extends PeriodSchedule {
  periodId: PeriodId;
  period: Period;
  /** "6 tháng cuối năm 2019". */
  label: string;
}

export interface GenerateOptions {
  /** The civil day in Asia/Ho_Chi_Minh, from the caller's clock. */
  today: CivilDate;
  /** Periods after the current one to include for open-ended plans; a whole number ≥ 0, default 1. */
  horizon?: number;
  /** Working days for due and lock dates; default: the statutory holidays without decisions. */
  calendar?: HolidayCalendar;
}

export const DEFAULT_HORIZON = 1;

/** The period of the rule's cadence whose reporting window contains the date. */
export function periodForWindowDate(rule: ReportingRule, date: CivilDate): Period {
  // Cut-off windows start half a month before the calendar extent, so this moves at most one period.
  let p: Period | null = periodContaining(rule.cadence, date);
  while (p !== null && reportingWindow(p, rule.window).end < date) p = shiftPeriod(p, 1);
  while (p !== null && reportingWindow(p, rule.window).start > date) p = shiftPeriod(p, -1);
  if (p === null) throw new RangeError(`Ngày ${date} nằm ngoài phạm vi kỳ báo cáo`);
  return p;
}

export function obligationFor(
  rule: ReportingRule,
  period: Period,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): Obligation {
  return {
    periodId: formatPeriodId(period),
    period,
    label: periodLabel(period),
    ...periodSchedule(rule, period, calendar),
  };
}

/** The periods a unit owes a report for, oldest first (see the module comment for which). */
export function generateObligationPeriods(
  rule: ReportingRule,
  planStart: CivilDate,
  planEnd: CivilDate | null,
  options: GenerateOptions,
): Obligation[] {
  const horizon = options.horizon ?? DEFAULT_HORIZON;
  if (!Number.isInteger(horizon) || horizon < 0) throw new RangeError(`horizon phải là số nguyên không âm: ${horizon}`);
  if (planEnd !== null && planEnd < planStart) return [];
  const first = periodForWindowDate(rule, planStart);
  const last =
    planEnd !== null ? periodForWindowDate(rule, planEnd) : shiftPeriod(periodForWindowDate(rule, options.today), horizon);
  const result: Obligation[] = [];
  if (last === null) return result;
  for (let p: Period | null = first; p !== null && periodOrdinal(p) <= periodOrdinal(last); p = shiftPeriod(p, 1)) {
    result.push(obligationFor(rule, p, options.calendar));
  }
  return result;
}

/** A later due date and/or lock date granted to one unit by the coordinating office. */
export interface ObligationException {
  dueDate?: CivilDate;
  lockDate?: CivilDate;
}

/**
 * Due and lock dates for one unit, exception applied. Entry never closes
 * before the due date: an extension past the lock date carries the lock with
 * it, and an explicit lock date earlier than the due date is raised to it.
 */
export function effectiveDates(
  obligation: Pick<PeriodSchedule, 'dueDate' | 'lockDate'>,
  exception?: ObligationException | null,
): { dueDate: CivilDate; lockDate: CivilDate } {
  const dueDate = exception?.dueDate ?? obligation.dueDate;
  const lockDate = maxCivil(exception?.lockDate ?? obligation.lockDate, dueDate);
  return { dueDate, lockDate };
}

/** Where a unit's report for a period stands, a closed vocabulary. */
export const OBLIGATION_STATUSES = [
  'not-due',
  'due-soon',
  'overdue',
  'submitted-on-time',
  'submitted-late',
  'locked',
] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export function obligationStatusLabel(status: ObligationStatus): string {
  switch (status) {
    case 'not-due':
      return 'Chưa đến hạn';
    case 'due-soon':
      return 'Sắp đến hạn';
    case 'overdue':
      return 'Quá hạn, chưa nộp';
    case 'submitted-on-time':
      return 'Nộp đúng hạn';
    case 'submitted-late':
      return 'Nộp muộn';
    case 'locked':
      return 'Đã khóa sổ, không nộp';
    default:
      return assertNever(status, 'trạng thái báo cáo');
  }
}

/** Calendar days before the due date from which an unsubmitted report is "due soon": a week's notice. */
export const DEFAULT_DUE_SOON_DAYS = 7;

export interface TimingContext {
  /** The civil day in Asia/Ho_Chi_Minh. */
  today: CivilDate;
  /** The civil day (Asia/Ho_Chi_Minh) the report was submitted, or null. */
  submittedOn?: CivilDate | null;
  exception?: ObligationException | null;
  dueSoonDays?: number;
}

/**
 * Status of one unit's report. Submitted on or before the (effective) due
 * date is on time, later is late — whatever day it is now. Not submitted:
 * after the lock date it is locked (no longer expected), after the due date
 * overdue, within `dueSoonDays` of the due date due soon, else not due.
 */
export function obligationTiming(
  obligation: Pick<PeriodSchedule, 'dueDate' | 'lockDate'>,
  context: TimingContext,
): ObligationStatus {
  const { dueDate, lockDate } = effectiveDates(obligation, context.exception);
  const submittedOn = context.submittedOn ?? null;
  if (submittedOn !== null) return submittedOn <= dueDate ? 'submitted-on-time' : 'submitted-late';
  const { today } = context;
  if (today > lockDate) return 'locked';
  if (today > dueDate) return 'overdue';
  if (daysBetween(today, dueDate) <= (context.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)) return 'due-soon';
  return 'not-due';
}
