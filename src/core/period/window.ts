/**
 * Reporting windows, due dates and lock dates of a periodic report.
 *
 * Cut-off windows (thời gian chốt số liệu) — Nghị định 09/2019/NĐ-CP on the
 * reporting regime of state administrative bodies, Điều 12:
 *  - monthly: from the 15th of the previous month to the 14th of the month;
 *  - quarterly: from the 15th of the month before the quarter to the 14th of
 *    its last month;
 *  - 6-monthly: from 15/12 of the previous year to 14/6;
 *  - yearly: from 15/12 of the previous year to 14/12.
 * The decree defines only the first half-year (the second is covered by the
 * yearly report); for a "6 tháng cuối năm" report we use 15/6–14/12 by
 * analogy, as provinces do *(practice)*. Party bodies are not bound by the
 * decree but follow the same rhythm *(practice)*, so it is the default, and
 * `'calendar'` (the period's own first and last day) is the alternative.
 *
 * Three dates are kept apart (domain.md): the due date decides on time or
 * late, the lock date closes entry, and per-unit exceptions (obligations.ts)
 * move either for one unit.
 *
 * Defaults, each overridable per plan:
 *  - due 2 working days after the window ends: the example domain.md gives
 *    for provincial regimes; it lets a unit report data cut off on the 14th
 *    and still leaves the consolidating office time before the 20th;
 *  - lock 30 calendar days after the due date: a month of grace for late
 *    reports before the period's figures are frozen for consolidation.
 * When a count in calendar days lands on a weekend or holiday, it moves to the
 * next working day, as Bộ luật Dân sự 2015, Điều 148 khoản 5 ends any time
 * limit. Counts in working days land on working days by construction.
 */
import { assertNever } from '../assert-never.ts';
import { addDays, addMonths, civilDateOf, civilParts, formatVnDate, type CivilDate } from '../civil-date.ts';
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { periodExtent, type DateRange, type Period, type PeriodType } from './period.ts';

export const WINDOW_MODES = ['cutoff-nd09', 'calendar'] as const;
export type WindowMode = (typeof WINDOW_MODES)[number];

export const DAY_COUNTS = ['calendar', 'working'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

/** "N days after", counted in calendar days or in working days. */
export interface DayOffset {
  /** A whole number ≥ 0. */
  days: number;
  count: DayCount;
}

/** How a plan's periodic report is scheduled. */
export interface ReportingRule {
  cadence: PeriodType;
  window: WindowMode;
  /** Due date, counted from the window's last day. */
  due: DayOffset;
  /** Lock date (last day entry is open), counted from the due date. */
  lock: DayOffset;
}

export const DEFAULT_WINDOW_MODE: WindowMode = 'cutoff-nd09';
export const DEFAULT_DUE: DayOffset = { days: 2, count: 'working' };
export const DEFAULT_LOCK: DayOffset = { days: 30, count: 'calendar' };

/** A rule with the defaults above for whatever is not given. */
export function reportingRule(
  cadence: PeriodType,
  options: Partial<Omit<ReportingRule, 'cadence'>> = {},
): ReportingRule {
  return {
    cadence,
    window: options.window ?? DEFAULT_WINDOW_MODE,
    due: options.due ?? DEFAULT_DUE,
    lock: options.lock ?? DEFAULT_LOCK,
  };
}

/**
 * The cut-off window of Nghị định 09/2019/NĐ-CP, Điều 12: the period's
 * calendar extent shifted back so that it ends on the 14th of its last month.
 * Monthly January 2020 is 15/12/2019–14/1/2020.
 */
export function cutoffWindow(p: Period): DateRange {
  const extent = periodExtent(p);
  const start = addDays(addMonths(extent.start, -1), 14); // 15th of the month before
  const { year, month } = civilParts(extent.end);
  return { start, end: civilDateOf(year, month, 14) }; // 14th of the last month
}

/**
 * The window as a report states it under its title: "từ ngày 15/12/2019 đến
 * ngày 14/06/2020" (Nghị định 09 reports name their cut-off this way).
 */
export function windowPhrase(window: DateRange): string {
  return `từ ngày ${formatVnDate(window.start)} đến ngày ${formatVnDate(window.end)}`;
}

/** The window a rule's mode gives for a period. */
export function reportingWindow(p: Period, mode: WindowMode): DateRange {
  switch (mode) {
    case 'cutoff-nd09':
      return cutoffWindow(p);
    case 'calendar':
      return periodExtent(p);
    default:
      return assertNever(mode, 'cách tính kỳ chốt số liệu');
  }
}

/**
 * `from` plus an offset. Calendar-day counts that land on a day off move to
 * the next working day (BLDS 2015, Điều 148 khoản 5); working-day counts
 * follow HolidayCalendar.addWorkingDays. Throws RangeError for a negative or
 * fractional count, which only a rule that skipped validation can carry.
 */
export function offsetDate(from: CivilDate, offset: DayOffset, calendar: HolidayCalendar): CivilDate {
  if (!Number.isInteger(offset.days) || offset.days < 0) {
    throw new RangeError(`Số ngày phải là số nguyên không âm: ${offset.days}`);
  }
  switch (offset.count) {
    case 'calendar':
      return calendar.addWorkingDays(addDays(from, offset.days), 0);
    case 'working':
      return calendar.addWorkingDays(from, offset.days);
    default:
      return assertNever(offset.count, 'cách đếm ngày');
  }
}

export interface PeriodSchedule {
  windowStart: CivilDate;
  windowEnd: CivilDate;
  /** Last civil day on which a report is on time. */
  dueDate: CivilDate;
  /** Last civil day on which a report can be entered; from the next day the period is closed. */
  lockDate: CivilDate;
}

/** Window, due date and lock date of one period under a rule. */
export function periodSchedule(
  rule: ReportingRule,
  p: Period,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): PeriodSchedule {
  const window = reportingWindow(p, rule.window);
  const dueDate = offsetDate(window.end, rule.due, calendar);
  const lockDate = offsetDate(dueDate, rule.lock, calendar);
  return { windowStart: window.start, windowEnd: window.end, dueDate, lockDate };
}
