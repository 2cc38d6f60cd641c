import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR } from '../calendar/holiday-calendar.ts';
import type { CivilDate } from '../civil-date.ts';
import { milestoneKey, milestonesDue, parseMilestoneKey, type DatedItem } from './milestones.ts';
import { DEFAULT_REMINDER_RULES, effectiveRules, type StoredReminderRules } from './rules.ts';

const d = (s: string) => s as CivilDate;
const keysOn = (item: DatedItem, today: string, rules: Partial<StoredReminderRules> = {}) =>
  milestonesDue(item, effectiveRules(rules), d(today), DEFAULT_HOLIDAY_CALENDAR).map(milestoneKey);

// June 2020: Mon 1, Fri 12, Sat 13, Sun 14, Mon 15, Tue 16 (the 2020H1 report of 82-KH/TU is due on the 16th, locked on 16/7).
const report: DatedItem = { dueDate: d('2020-06-16'), lockDate: d('2020-07-16'), done: false };
const dueMonday: DatedItem = { dueDate: d('2020-06-22'), lockDate: d('2020-07-22'), done: false };
const dueSunday: DatedItem = { dueDate: d('2020-06-14'), lockDate: null, done: false };
// Mon 4/5/2020 follows 30/4 (Thu) and 1/5 (Fri), public holidays, and a weekend.
const afterHolidays: DatedItem = { dueDate: d('2020-05-04'), lockDate: d('2020-06-03'), done: false };
const duty: DatedItem = { dueDate: d('2020-06-05'), lockDate: null, done: false };

describe('milestonesDue with the default rules (7 and 1 days before, on the day, every 3 days overdue, escalate after 5)', () => {
  it.each<[DatedItem, string, string[], string]>([
    // item, today, keys, why
    [report, '2020-06-08', [], 'nothing before the first notice'],
    [report, '2020-06-09', ['before-7'], 'a week before'],
    [report, '2020-06-12', ['before-7'], 'still the latest notice that has come (a missed run catches up)'],
    [report, '2020-06-13', [], 'Saturday: nothing goes out'],
    [report, '2020-06-15', ['before-1'], 'the day before replaces the week before'],
    [report, '2020-06-16', ['on-day'], 'on the due date'],
    [report, '2020-06-17', [], 'one day late: no notice due yet'],
    [report, '2020-06-19', ['overdue-3'], 'three days late'],
    [report, '2020-06-20', [], 'Saturday'],
    [report, '2020-06-22', ['overdue-6', 'escalate'], 'six days late; the escalation of Sunday (5 days) comes on Monday'],
    [report, '2020-06-23', ['overdue-6', 'escalate'], 'the same milestones again (the log sends them once)'],
    [report, '2020-07-16', ['overdue-30', 'escalate'], 'the lock date is the last day'],
    [report, '2020-07-17', [], 'after the lock date the report is no longer expected'],
    [{ ...report, done: true }, '2020-06-15', [], 'submitted'],
    [dueMonday, '2020-06-19', ['before-1'], 'the day before a Monday is the Friday'],
    [dueMonday, '2020-06-22', ['on-day'], 'on the Monday itself'],
    [dueSunday, '2020-06-12', ['on-day'], 'a Sunday deadline: its notices come on Friday, the later one wins'],
    [dueSunday, '2020-06-15', [], 'Monday after a Sunday deadline: one day late'],
    [dueSunday, '2020-06-17', ['overdue-3'], 'three days after the Sunday'],
    [afterHolidays, '2020-04-29', ['before-1'], 'the day before Mon 4/5 is Wed 29/4 (30/4 and 1/5 are holidays)'],
    [afterHolidays, '2020-04-30', [], 'a public holiday'],
    [afterHolidays, '2020-05-04', ['on-day'], 'back at work on the due date'],
    [duty, '2020-06-12', ['overdue-6', 'escalate'], 'a duty 7 days overdue'],
    [duty, '2020-07-03', ['overdue-27', 'escalate'], 'a duty 28 days overdue, within its 30 days'],
    [duty, '2020-07-06', [], 'a duty past deadline + 30 days (Sun 5/7): on the overdue list only'],
  ])('%o on %s → %o (%s)', (item, today, keys) => {
    expect(keysOn(item, today)).toEqual(keys);
  });
});

describe('milestonesDue with a plan’s own rules', () => {
  it.each<[DatedItem, string, Partial<StoredReminderRules>, string[], string]>([
    [report, '2020-06-12', { beforeDays: [3], onDueDate: false, overdueEveryDays: 0, escalateAfterDays: 0 }, ['before-3'], '3 days before is Saturday: sent Friday'],
    [report, '2020-06-19', { beforeDays: [3], onDueDate: false, overdueEveryDays: 0, escalateAfterDays: 0 }, [], 'no overdue notices, no escalation'],
    [report, '2020-06-13', { workingDaysOnly: false }, ['before-7'], 'every day counts when weekends are allowed'],
    [report, '2020-06-16', { enabled: false }, [], 'turned off'],
    [report, '2020-06-18', { overdueEveryDays: 2, escalateAfterDays: 1 }, ['overdue-2', 'escalate'], 'every 2 days, escalate on the first day late'],
    [duty, '2020-06-12', { dutyOverdueDays: 5 }, [], 'a duty’s window closed after 5 days'],
  ])('%o on %s with %o → %o (%s)', (item, today, rules, keys) => {
    expect(keysOn(item, today, rules)).toEqual(keys);
  });
});

describe('milestone keys', () => {
  it.each(['before-7', 'before-1', 'on-day', 'overdue-3', 'overdue-30', 'escalate'])('%s round-trips', (key) => {
    const m = parseMilestoneKey(key);
    expect(m && milestoneKey(m)).toBe(key);
  });

  it.each(['before-0', 'overdue-', 'digest', 'before-7x', ''])('%s is not a milestone', (key) => {
    expect(parseMilestoneKey(key)).toBeNull();
  });

  it('defaults to a week and a day before, every 3 days overdue, escalation after 5', () => {
    expect(effectiveRules(null)).toEqual(DEFAULT_REMINDER_RULES);
  });
});
