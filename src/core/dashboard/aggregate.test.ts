import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../civil-date.ts';
import { REPORT_STATUSES, countsAsSubmitted, isOnTime, reportingRate, type ObligationFact } from '../reporting/index.ts';
import { ITEM_CODES, toneOf, itemCodeLabel, isClosedCode } from './codes.ts';
import { onTrackScore, rateFromCounts } from './aggregate.ts';
import { defaultPeriod, rateTrend } from './trend.ts';

const d = (s: string) => s as CivilDate;

describe('rates from counts', () => {
  it('equal reportingRate of core/reporting for any facts (the SQL counts feed the same arithmetic)', () => {
    const fact = fc.record({
      dueDate: fc.constantFrom(d('2020-06-16'), d('2020-12-16')),
      exceptionDueDate: fc.constantFrom(null, d('2020-06-30')),
      status: fc.constantFrom(null, ...REPORT_STATUSES),
      firstSubmittedOn: fc.constantFrom(null, d('2020-06-10'), d('2020-06-20'), d('2020-12-20')),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 40 }), (facts: ObligationFact[]) => {
        const submitted = facts.filter((f) => f.status !== null && countsAsSubmitted(f.status));
        expect(rateFromCounts({ expected: facts.length, submitted: submitted.length, onTime: submitted.filter(isOnTime).length })).toEqual(reportingRate(facts));
      }),
    );
  });

  it.each([
    [80, 50, 65],
    [null, 50, 50],
    [66.7, null, 66.7],
    [null, null, null],
  ])('on-track score of %s and %s is %s', (duties, rate, score) => {
    expect(onTrackScore(duties, rate)).toBe(score);
  });
});

describe('trend and default period', () => {
  it('orders periods and gives the change since the previous period of the same type', () => {
    const trend = rateTrend([
      { periodId: '2020H1', counts: { expected: 21, submitted: 14, onTime: 10 } },
      { periodId: '2019', counts: { expected: 1, submitted: 1, onTime: 1 } },
      { periodId: '2019H2', counts: { expected: 21, submitted: 7, onTime: 7 } },
      { periodId: '2020', counts: { expected: 1, submitted: 0, onTime: 0 } },
    ]);
    expect(trend.map((t) => [t.periodId, t.label, t.rate, t.delta])).toEqual([
      ['2019H2', '6 tháng cuối năm 2019', 33.3, null],
      ['2020H1', '6 tháng đầu năm 2020', 66.7, 33.4],
      ['2019', 'năm 2019', 100, null],
      ['2020', 'năm 2020', 0, -100],
    ]);
  });

  it.each([
    ['2020-06-20', '2020H1'],
    ['2020-06-14', '2019H2'],
    ['2019-09-10', '2019H2'],
  ])('on %s the default period is %s', (today, period) => {
    const periods = [
      { periodId: '2019', windowEnd: d('2019-12-14') },
      { periodId: '2019H2', windowEnd: d('2019-12-14') },
      { periodId: '2020H1', windowEnd: d('2020-06-14') },
      { periodId: '2020', windowEnd: d('2020-12-14') },
    ];
    expect(defaultPeriod(periods, d(today))).toBe(period);
  });
});

describe('item codes', () => {
  it.each([
    ['hoan-thanh-dung-han', 'done', true],
    ['submitted-on-time', 'done', true],
    ['hoan-thanh-qua-han', 'done-late', true],
    ['submitted-late', 'done-late', true],
    ['chua-thuc-hien', 'open', false],
    ['dang-thuc-hien', 'open', false],
    ['not-due', 'open', false],
    ['due-soon', 'due-soon', false],
    ['qua-han', 'overdue', false],
    ['overdue', 'overdue', false],
    ['locked', 'missed', true],
  ] as const)('%s → %s', (code, tone, closed) => {
    expect(toneOf(code)).toBe(tone);
    expect(isClosedCode(code)).toBe(closed);
  });

  it('labels every code in Vietnamese', () => {
    expect(ITEM_CODES.map(itemCodeLabel)).toContain('Nộp đúng hạn');
    expect(new Set(ITEM_CODES.map(itemCodeLabel)).size).toBe(ITEM_CODES.length);
  });
});
