import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../civil-date.ts';
import { OBLIGATION_STATUSES, effectiveDates, generateObligationPeriods, obligationStatusLabel, obligationTiming } from './obligations.ts';
import type { PeriodType } from './period.ts';
import { reportingRule, type WindowMode } from './window.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const PLAN_82 = d('2019-08-27'); // Kế hoạch 82-KH/TU of Tỉnh ủy Điện Biên

describe('generateObligationPeriods', () => {
  it('plan 82-KH/TU, 6-monthly, open-ended: first report 2019H2, cut off 14/12/2019', () => {
    const list = generateObligationPeriods(reportingRule('6-monthly'), PLAN_82, null, { today: d('2020-07-01') });
    expect(list[0]).toEqual({
      periodId: '2019H2',
      period: { type: '6-monthly', year: 2019, half: 2 },
      label: '6 tháng cuối năm 2019',
      windowStart: '2019-06-15',
      windowEnd: '2019-12-14',
      dueDate: '2019-12-17', // 14/12/2019 Sat → Mon 16, Tue 17
      lockDate: '2020-01-16',
    });
    // today 1/7/2020 is in 2020H2's window; horizon 1 adds 2021H1.
    expect(list.map((o) => o.periodId)).toEqual(['2019H2', '2020H1', '2020H2', '2021H1']);
  });

  it.each([
    // cadence, window mode, plan end, today, horizon, periods
    ['yearly', 'cutoff-nd09', null, '2021-03-01', 0, ['2019', '2020', '2021']],
    ['yearly', 'cutoff-nd09', null, '2020-12-20', 0, ['2019', '2020', '2021']], // 20/12/2020 is in 2021's window
    ['6-monthly', 'cutoff-nd09', null, '2019-09-01', 0, ['2019H2']],
    ['6-monthly', 'cutoff-nd09', null, '2019-09-01', 2, ['2019H2', '2020H1', '2020H2']],
    ['6-monthly', 'calendar', null, '2019-09-01', 1, ['2019H2', '2020H1']],
    ['monthly', 'cutoff-nd09', '2019-12-31', '2030-01-01', 1, ['201909', '201910', '201911', '201912', '202001']],
    ['monthly', 'calendar', '2019-12-31', '2030-01-01', 1, ['201908', '201909', '201910', '201911', '201912']],
    ['quarterly', 'cutoff-nd09', '2020-06-30', '2019-01-01', 1, ['2019Q3', '2019Q4', '2020Q1', '2020Q2', '2020Q3']],
    ['quarterly', 'calendar', '2020-06-30', '2019-01-01', 1, ['2019Q3', '2019Q4', '2020Q1', '2020Q2']],
    ['6-monthly', 'cutoff-nd09', '2020-12-14', '2030-01-01', 1, ['2019H2', '2020H1', '2020H2']], // ends on the cut-off day
    ['6-monthly', 'cutoff-nd09', '2020-12-31', '2030-01-01', 1, ['2019H2', '2020H1', '2020H2', '2021H1']],
    ['yearly', 'cutoff-nd09', '2019-08-26', '2030-01-01', 1, []], // ends before it starts
    ['monthly', 'cutoff-nd09', null, '2019-01-01', 1, []], // today long before the plan
  ] as const)('%s, %s, plan 27/8/2019 to %s, today %s, horizon %i', (cadence, window, end, today, horizon, ids) => {
    const rule = reportingRule(cadence as PeriodType, { window: window as WindowMode });
    const list = generateObligationPeriods(rule, PLAN_82, end === null ? null : d(end), { today: d(today), horizon });
    expect(list.map((o) => o.periodId)).toEqual(ids);
  });

  it('only grows at its end as today moves on', () => {
    const rule = reportingRule('quarterly');
    const before = generateObligationPeriods(rule, PLAN_82, null, { today: d('2020-05-01') });
    const after = generateObligationPeriods(rule, PLAN_82, null, { today: d('2021-05-01') });
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + 4);
  });

  it('rejects a bad horizon', () => {
    expect(() => generateObligationPeriods(reportingRule('yearly'), PLAN_82, null, { today: PLAN_82, horizon: -1 })).toThrow(RangeError);
  });
});

describe('obligationTiming', () => {
  // 2020H1 under the default rule: window 15/12/2019–14/6/2020, due 16/6/2020, lock 16/7/2020.
  const ob = { dueDate: d('2020-06-16'), lockDate: d('2020-07-16') };

  it.each([
    // today, submitted on, status
    ['2020-06-01', null, 'not-due'],
    ['2020-06-08', null, 'not-due'],
    ['2020-06-09', null, 'due-soon'], // 7 days before the due date
    ['2020-06-16', null, 'due-soon'], // the due date itself
    ['2020-06-17', null, 'overdue'],
    ['2020-07-16', null, 'overdue'], // the lock date: entry still open
    ['2020-07-17', null, 'locked'],
    ['2020-06-20', '2020-06-10', 'submitted-on-time'],
    ['2020-06-20', '2020-06-16', 'submitted-on-time'], // on the due date counts as on time
    ['2020-06-20', '2020-06-17', 'submitted-late'],
    ['2021-01-01', '2020-07-16', 'submitted-late'], // a late report stays late after the lock
    ['2020-06-01', '2020-05-20', 'submitted-on-time'], // early: before the cut-off
  ] as const)('today %s, submitted %s → %s', (today, submittedOn, status) => {
    expect(obligationTiming(ob, { today: d(today), submittedOn: submittedOn === null ? null : d(submittedOn) })).toBe(status);
  });

  it.each([
    // exception, today, submitted on, status
    [{ dueDate: '2020-06-30' }, '2020-06-25', null, 'due-soon'],
    [{ dueDate: '2020-06-30' }, '2020-07-01', null, 'overdue'],
    [{ dueDate: '2020-06-30' }, '2020-07-05', '2020-06-29', 'submitted-on-time'],
    [{ dueDate: '2020-08-31' }, '2020-08-01', null, 'not-due'], // extension past the lock carries the lock
    [{ dueDate: '2020-08-31' }, '2020-09-01', null, 'locked'],
    [{ lockDate: '2020-08-31' }, '2020-08-15', null, 'overdue'], // reopened entry, still late
    [{ lockDate: '2020-08-31' }, '2020-08-15', '2020-08-15', 'submitted-late'],
    [{}, '2020-07-17', null, 'locked'],
  ] as const)('exception %o, today %s, submitted %s → %s', (exc, today, submittedOn, status) => {
    const exception = {
      ...('dueDate' in exc ? { dueDate: d(exc.dueDate) } : {}),
      ...('lockDate' in exc ? { lockDate: d(exc.lockDate) } : {}),
    };
    const submitted = submittedOn === null ? null : d(submittedOn);
    expect(obligationTiming(ob, { today: d(today), submittedOn: submitted, exception })).toBe(status);
  });

  it('never closes entry before the due date', () => {
    expect(effectiveDates(ob, { dueDate: d('2020-08-31') })).toEqual({ dueDate: '2020-08-31', lockDate: '2020-08-31' });
    expect(effectiveDates(ob, { lockDate: d('2020-06-01') })).toEqual({ dueDate: '2020-06-16', lockDate: '2020-06-16' });
    expect(effectiveDates(ob, null)).toEqual(ob);
  });

  it('takes the due-soon threshold as an option', () => {
    expect(obligationTiming(ob, { today: d('2020-06-09'), dueSoonDays: 3 })).toBe('not-due');
    expect(obligationTiming(ob, { today: d('2020-06-13'), dueSoonDays: 3 })).toBe('due-soon');
  });

  it('has a Vietnamese label for every status', () => {
    expect(OBLIGATION_STATUSES.map(obligationStatusLabel)).toEqual([
      'Chưa đến hạn',
      'Sắp đến hạn',
      'Quá hạn, chưa nộp',
      'Nộp đúng hạn',
      'Nộp muộn',
      'Đã khóa sổ, không nộp',
    ]);
  });
});
