import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../civil-date.ts';
import {
  PERIOD_TYPES,
  PERIOD_YEARS,
  formatPeriodId,
  makePeriod,
  parsePeriodId,
  periodContaining,
  periodExtent,
  periodLabel,
  periodTitle,
  periodTypeLabel,
  periodsBetween,
  periodsPerYear,
  shiftPeriod,
  type Period,
} from './period.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const p = (id: string) => parsePeriodId(id) as Period;

const periodArb: fc.Arbitrary<Period> = fc
  .record({
    type: fc.constantFrom(...PERIOD_TYPES),
    year: fc.integer({ min: PERIOD_YEARS.from, max: PERIOD_YEARS.to }),
    position: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ type, year, position }) => makePeriod(type, year, ((position - 1) % periodsPerYear(type)) + 1) as Period);

describe('period IDs', () => {
  it.each([
    ['202007', { type: 'monthly', year: 2020, month: 7 }],
    ['201912', { type: 'monthly', year: 2019, month: 12 }],
    ['2020Q3', { type: 'quarterly', year: 2020, quarter: 3 }],
    ['2020H1', { type: '6-monthly', year: 2020, half: 1 }],
    ['2020H2', { type: '6-monthly', year: 2020, half: 2 }],
    ['2020', { type: 'yearly', year: 2020 }],
  ])('%s', (id, period) => {
    expect(parsePeriodId(id)).toEqual(period);
    expect(formatPeriodId(period as Period)).toBe(id);
  });

  it.each(['', '2020-07', '202013', '202000', '20207', '2020Q0', '2020Q5', '2020q3', '2020H3', '2020S1', ' 2020', '0999', '2020W01', '2020Q3 '])(
    'rejects %j',
    (id) => {
      expect(parsePeriodId(id)).toBeNull();
    },
  );

  it('round-trips every period (property)', () => {
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriodId(formatPeriodId(period))).toEqual(period);
      }),
    );
  });

  it('parses only canonical IDs (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        const period = parsePeriodId(text);
        return period === null || formatPeriodId(period) === text;
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9QH]{4,7}$/), (text) => {
        const period = parsePeriodId(text);
        return period === null || formatPeriodId(period) === text;
      }),
    );
  });

  it('shifting forth and back is the identity (property)', () => {
    fc.assert(
      fc.property(periodArb, fc.integer({ min: -40, max: 40 }), (period, n) => {
        const moved = shiftPeriod(period, n);
        return moved === null || formatPeriodId(shiftPeriod(moved, -n) as Period) === formatPeriodId(period);
      }),
    );
  });
});

describe('labels', () => {
  it.each([
    ['202007', 'tháng 7/2020', 'tháng 7 năm 2020'],
    ['2020Q3', 'quý III/2020', 'quý III năm 2020'],
    ['2019Q4', 'quý IV/2019', 'quý IV năm 2019'],
    ['2020H1', '6 tháng đầu năm 2020', '6 tháng đầu năm 2020'],
    ['2020H2', '6 tháng cuối năm 2020', '6 tháng cuối năm 2020'],
    ['2020', 'năm 2020', 'năm 2020'],
  ])('%s: %s / %s', (id, label, title) => {
    expect(periodLabel(p(id))).toBe(label);
    expect(periodTitle(p(id))).toBe(title);
  });

  it('names the cadences', () => {
    expect(PERIOD_TYPES.map(periodTypeLabel)).toEqual(['hằng tháng', 'hằng quý', '6 tháng', 'hằng năm']);
  });
});

describe('calendar extent', () => {
  it.each([
    ['202002', '2020-02-01', '2020-02-29'],
    ['201902', '2019-02-01', '2019-02-28'],
    ['2020Q3', '2020-07-01', '2020-09-30'],
    ['2020H1', '2020-01-01', '2020-06-30'],
    ['2020H2', '2020-07-01', '2020-12-31'],
    ['2020', '2020-01-01', '2020-12-31'],
  ])('%s is %s – %s', (id, start, end) => {
    expect(periodExtent(p(id))).toEqual({ start, end });
  });

  it.each([
    ['monthly', '2019-08-27', '201908'],
    ['quarterly', '2019-08-27', '2019Q3'],
    ['6-monthly', '2019-08-27', '2019H2'],
    ['yearly', '2019-08-27', '2019'],
    ['quarterly', '2020-12-31', '2020Q4'],
  ] as const)('periodContaining(%s, %s) = %s', (type, date, id) => {
    expect(formatPeriodId(periodContaining(type, d(date)))).toBe(id);
  });
});

describe('periodsBetween', () => {
  it.each([
    ['quarterly', '2019-08-27', '2020-12-31', ['2019Q3', '2019Q4', '2020Q1', '2020Q2', '2020Q3', '2020Q4']],
    ['6-monthly', '2019-08-27', '2021-01-01', ['2019H2', '2020H1', '2020H2', '2021H1']],
    ['monthly', '2019-11-30', '2020-02-01', ['201911', '201912', '202001', '202002']],
    ['yearly', '2019-08-27', '2021-06-30', ['2019', '2020', '2021']],
    ['monthly', '2020-07-10', '2020-07-10', ['202007']],
    ['monthly', '2020-07-10', '2020-07-09', []],
  ] as const)('%s from %s to %s', (type, from, to, ids) => {
    expect(periodsBetween(type, d(from), d(to)).map(formatPeriodId)).toEqual(ids);
  });
});
