import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../civil-date.ts';
import { createHolidayCalendar } from '../calendar/holiday-calendar.ts';
import { parsePeriodId, type Period } from './period.ts';
import {
  cutoffWindow,
  offsetDate,
  periodSchedule,
  reportingRule,
  reportingWindow,
  windowPhrase,
  type DayOffset,
} from './window.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const p = (id: string) => parsePeriodId(id) as Period;
const days = (n: number, count: DayOffset['count']): DayOffset => ({ days: n, count });

describe('cut-off windows (Nghị định 09/2019/NĐ-CP, Điều 12)', () => {
  it.each([
    ['202001', '2019-12-15', '2020-01-14'], // January starts in the previous year
    ['202003', '2020-02-15', '2020-03-14'],
    ['202012', '2020-11-15', '2020-12-14'],
    ['2020Q1', '2019-12-15', '2020-03-14'], // first quarter starts in the previous year
    ['2020Q2', '2020-03-15', '2020-06-14'],
    ['2020Q3', '2020-06-15', '2020-09-14'],
    ['2020Q4', '2020-09-15', '2020-12-14'],
    ['2020H1', '2019-12-15', '2020-06-14'],
    ['2020H2', '2020-06-15', '2020-12-14'], // by analogy: the decree defines only the first half
    ['2020', '2019-12-15', '2020-12-14'],
  ])('%s: %s – %s', (id, start, end) => {
    expect(cutoffWindow(p(id))).toEqual({ start, end });
    expect(reportingWindow(p(id), 'cutoff-nd09')).toEqual({ start, end });
  });

  it('consecutive windows tile the days with no gap', () => {
    for (const [a, b] of [['202012', '202101'], ['2020Q4', '2021Q1'], ['2020H2', '2021H1'], ['2020', '2021']] as const) {
      const endOfA = new Date(`${cutoffWindow(p(a)).end}T00:00:00Z`).getTime();
      const startOfB = new Date(`${cutoffWindow(p(b)).start}T00:00:00Z`).getTime();
      expect(startOfB - endOfA).toBe(86_400_000);
    }
  });

  it('states the window in words', () => {
    expect(windowPhrase(cutoffWindow(p('2020H1')))).toBe('từ ngày 15/12/2019 đến ngày 14/06/2020');
  });

  it.each([
    ['202002', '2020-02-01', '2020-02-29'],
    ['2020Q4', '2020-10-01', '2020-12-31'],
  ])("'calendar' mode uses the extent: %s is %s – %s", (id, start, end) => {
    expect(reportingWindow(p(id), 'calendar')).toEqual({ start, end });
  });
});

describe('due dates with the default rule (2 working days after the cut-off)', () => {
  it.each([
    // period, due date — the calendar that decides it
    ['202007', '2020-07-16'], // 14/7/2020 Tue → Wed 15, Thu 16
    ['202003', '2020-03-17'], // 14/3/2020 Sat → Mon 16, Tue 17
    ['202406', '2024-06-18'], // 14/6/2024 Fri → Mon 17, Tue 18
    ['202402', '2024-02-19'], // 14/2/2024 inside Tết (9–13/2) and its compensation (14–15/2) → Fri 16, Mon 19
    ['202102', '2021-02-19'], // 14/2/2021 Sun, Tết 11–15/2 and compensation 16–17/2 → Thu 18, Fri 19
    ['202602', '2026-02-24'], // 14/2/2026 Sat, Tết 16–20/2 → Mon 23, Tue 24
    ['202501', '2025-01-16'], // 14/1/2025 Tue → Wed 15, Thu 16 (Tết starts 28/1)
    ['2019H2', '2019-12-17'], // 14/12/2019 Sat → Mon 16, Tue 17
    ['2020H1', '2020-06-16'], // 14/6/2020 Sun → Mon 15, Tue 16
    ['2025', '2025-12-16'], // 14/12/2025 Sun → Mon 15, Tue 16
  ])('%s is due %s', (id, due) => {
    const rule = reportingRule(p(id).type);
    expect(periodSchedule(rule, p(id)).dueDate).toBe(due);
  });

  it('follows the year’s decision when one is given', () => {
    // Tết 2024 as decided: 29 Tết (8/2) off, 15/2 worked.
    const decided = createHolidayCalendar({ extraDaysOff: [d('2024-02-08')], extraWorkingDays: [d('2024-02-15')] });
    expect(periodSchedule(reportingRule('monthly'), p('202402'), decided).dueDate).toBe('2024-02-16');
  });
});

describe('due dates with other rules', () => {
  it.each([
    // period, window mode, due offset, due date
    ['202204', 'calendar', days(0, 'working'), '2022-05-04'], // 30/4/2022 Sat, 1/5 Sun, compensation 2–3/5
    ['202204', 'calendar', days(2, 'working'), '2022-05-05'],
    ['202204', 'cutoff-nd09', days(16, 'calendar'), '2022-05-04'], // 14/4 + 16 = 30/4 → next working day
    ['202203', 'cutoff-nd09', days(27, 'calendar'), '2022-04-12'], // 14/3 + 27 = 10/4 Giỗ Tổ (Sun), 11/4 its compensation → Tue 12/4
    ['202001', 'calendar', days(0, 'working'), '2020-01-31'], // 31/1/2020 Fri works: Tết 24–28/1, compensation 29–30/1
    ['202002', 'calendar', days(0, 'calendar'), '2020-03-02'], // 29/2/2020 Sat → Mon 2/3
    ['2020Q4', 'calendar', days(5, 'calendar'), '2021-01-05'], // 31/12 + 5 = Tue 5/1/2021
    ['2020Q4', 'cutoff-nd09', days(0, 'calendar'), '2020-12-14'], // Monday, itself
  ] as const)('%s, %s window, due %o → %s', (id, window, due, expected) => {
    const rule = reportingRule(p(id).type, { window, due });
    expect(periodSchedule(rule, p(id)).dueDate).toBe(expected);
  });
});

describe('lock dates', () => {
  it.each([
    // period, lock offset, due, lock
    ['202007', days(30, 'calendar'), '2020-07-16', '2020-08-17'], // 15/8/2020 Sat → Mon 17/8
    ['202007', days(10, 'working'), '2020-07-16', '2020-07-30'],
    ['202007', days(0, 'calendar'), '2020-07-16', '2020-07-16'], // lock on the due date: no grace
    ['2020H1', days(30, 'calendar'), '2020-06-16', '2020-07-16'],
  ] as const)('%s, lock %o: due %s, lock %s', (id, lock, due, expected) => {
    const schedule = periodSchedule(reportingRule(p(id).type, { lock }), p(id));
    expect(schedule.dueDate).toBe(due);
    expect(schedule.lockDate).toBe(expected);
  });
});

describe('offsetDate', () => {
  it.each([-1, 0.5])('rejects %s days', (n) => {
    expect(() => offsetDate(d('2025-01-01'), days(n, 'calendar'), createHolidayCalendar())).toThrow(RangeError);
  });
});
