import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  civilDate,
  dayOfWeek,
  daysBetween,
  formatVnDate,
  formatVnLongDate,
  parseCivilDate,
  parseVnDate,
  type CivilDate,
} from './civil-date.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;

describe('civil dates', () => {
  it.each([
    [2019, 2, 29, null],
    [2020, 2, 29, '2020-02-29'],
    [2019, 13, 1, null],
    [2019, 4, 31, null],
    [2019, 12, 31, '2019-12-31'],
  ])('civilDate(%i, %i, %i) = %s', (y, m, day, expected) => {
    expect(civilDate(y, m, day)).toBe(expected);
  });

  it.each([
    ['2019-12-31', 1, '2020-01-01'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2019-08-27', 0, '2019-08-27'],
  ])('addDays(%s, %i) = %s', (from, n, expected) => {
    expect(addDays(d(from), n)).toBe(expected);
  });

  it.each([
    ['2020-01-31', 1, '2020-02-29'],
    ['2019-12-15', 6, '2020-06-15'],
    ['2020-06-15', -6, '2019-12-15'],
  ])('addMonths(%s, %i) = %s', (from, n, expected) => {
    expect(addMonths(d(from), n)).toBe(expected);
  });

  it('counts days and weekdays', () => {
    expect(daysBetween(d('2019-08-27'), d('2019-12-31'))).toBe(126);
    expect(dayOfWeek(d('2019-08-27'))).toBe(2); // a Tuesday
  });

  it.each([
    ['27/8/2019', '2019-08-27'],
    ['04/11/2013', '2013-11-04'],
    ['31/02/2020', null],
    ['2019-08-27', null],
  ])('parseVnDate(%s) = %s', (text, expected) => {
    expect(parseVnDate(text)).toBe(expected);
  });

  it('formats as offices write', () => {
    expect(formatVnDate(d('2019-08-07'))).toBe('07/08/2019');
    expect(formatVnLongDate(d('2019-08-27'))).toBe('ngày 27 tháng 08 năm 2019');
  });
});
