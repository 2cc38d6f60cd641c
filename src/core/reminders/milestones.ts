/**
 * Which reminder of an item is due on a day: the pure calendar arithmetic
 * behind the engine.
 *
 * An item (an obligation not yet submitted, a duty not yet done) has a series
 * of milestones: `before-N` (N days before the due date), `on-day`,
 * `overdue-K` (K = every N days after the due date, while entry is open), and
 * apart from the series, one `escalate` once it is N days overdue.
 *
 * Each milestone has a nominal day. On any given day at most one milestone of
 * the series is due — the latest one whose day has come — and `escalate`
 * once its day has come. "Latest one whose day has come" (not "the one whose
 * day is today") is what makes a missed run harmless: if the server was down
 * on the day of `before-7`, the next run still sends it (unless a later
 * milestone has come meanwhile, which replaces it); the reminder log, keyed by
 * milestone, makes every milestone go out once however often this is asked.
 *
 * Working days only (the default): nothing is sent on weekends and public
 * holidays. A notice *before* the deadline whose day is off goes out on the
 * last working day before it (a Monday deadline's "1 day before" comes on
 * Friday); an *overdue* notice or the escalation whose day is off goes out on
 * the next working day (it is still the latest milestone then).
 *
 * After the last day (the lock date for reports; deadline + dutyOverdueDays
 * for duties), nothing more: the report is no longer expected, and what is
 * still behind is on the dashboard's overdue list.
 */
import { assertNever } from '../assert-never.ts';
import { addDays, daysBetween, type CivilDate } from '../civil-date.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { ReminderRules } from './rules.ts';

export type Milestone = { type: 'before'; days: number } | { type: 'on-day' } | { type: 'overdue'; days: number } | { type: 'escalate' };
export type MilestoneType = Milestone['type'];

/** The stable key of a milestone in the reminder log: 'before-7', 'on-day', 'overdue-3', 'escalate'. */
export function milestoneKey(m: Milestone): string {
  switch (m.type) {
    case 'before':
      return `before-${m.days}`;
    case 'on-day':
      return 'on-day';
    case 'overdue':
      return `overdue-${m.days}`;
    case 'escalate':
      return 'escalate';
    default:
      return assertNever(m, 'mốc nhắc');
  }
}

export function parseMilestoneKey(key: string): Milestone | null {
  if (key === 'on-day') return { type: 'on-day' };
  if (key === 'escalate') return { type: 'escalate' };
  const m = /^(before|overdue)-([1-9]\d{0,3})$/.exec(key);
  if (!m) return null;
  return { type: m[1] === 'before' ? 'before' : 'overdue', days: Number(m[2]) };
}

export interface DatedItem {
  dueDate: CivilDate;
  /** Last day entry is open (obligations); null for duties, whose window is the rules' dutyOverdueDays. */
  lockDate: CivilDate | null;
  /** Submitted (obligations) or completed (duties): no reminders. */
  done: boolean;
}

/** Last day reminders may go out for the item. */
export function lastReminderDay(item: DatedItem, rules: ReminderRules): CivilDate {
  return item.lockDate ?? addDays(item.dueDate, rules.dutyOverdueDays);
}

function lastWorkingDayOnOrBefore(date: CivilDate, calendar: HolidayCalendar): CivilDate {
  let day = date;
  // A guard against a calendar without working days; 60 days covers Tết and any real run of days off.
  for (let i = 0; i < 60 && !calendar.isWorkingDay(day); i++) day = addDays(day, -1);
  return day;
}

interface Candidate {
  milestone: Milestone;
  /** The day it may go out from. */
  from: CivilDate;
  /** Position in the series: later milestones win ties. */
  rank: number;
}

/**
 * The milestones of the item due on `today`: none, one of the series, the
 * escalation, or both. Pure; the caller decides who receives them.
 */
export function milestonesDue(item: DatedItem, rules: ReminderRules, today: CivilDate, calendar: HolidayCalendar): Milestone[] {
  if (!rules.enabled || item.done) return [];
  if (rules.workingDaysOnly && !calendar.isWorkingDay(today)) return [];
  const due = item.dueDate;
  const last = lastReminderDay(item, rules);
  if (today > last) return [];
  const shiftEarlier = (d: CivilDate) => (rules.workingDaysOnly ? lastWorkingDayOnOrBefore(d, calendar) : d);

  const candidates: Candidate[] = [];
  // Before the deadline: only while it has not passed.
  if (today <= due) {
    for (const days of rules.beforeDays) candidates.push({ milestone: { type: 'before', days }, from: shiftEarlier(addDays(due, -days)), rank: -days });
    if (rules.onDueDate) candidates.push({ milestone: { type: 'on-day' }, from: shiftEarlier(due), rank: 0 });
  }
  // While overdue: the latest multiple of N days that has come.
  const late = daysBetween(due, today);
  const n = rules.overdueEveryDays;
  if (n > 0 && late >= n) {
    const days = Math.floor(late / n) * n;
    candidates.push({ milestone: { type: 'overdue', days }, from: addDays(due, days), rank: days });
  }
  const ready = candidates.filter((c) => c.from <= today);
  ready.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.rank - b.rank));
  const out: Milestone[] = [];
  const latest = ready[ready.length - 1];
  if (latest) out.push(latest.milestone);
  if (rules.escalateAfterDays > 0 && late >= rules.escalateAfterDays) out.push({ type: 'escalate' });
  return out;
}
