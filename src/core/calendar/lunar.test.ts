import { describe, expect, it } from 'vitest';
import { addDays, civilDateOf, parseCivilDate, type CivilDate } from '../civil-date.ts';
import { leapMonthOf, lunarMonthLength, lunarNewYearsEve, lunarToSolar, solarToLunar } from './lunar.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const CHINA_TIME_ZONE = 8;

describe('âm lịch (UTC+7)', () => {
  // Tết Nguyên đán (1/1 âm lịch), from the Vietnamese almanacs.
  it.each([
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2007, '2007-02-17'],
    [1985, '1985-01-21'],
  ])('Tết %i là %s', (year, solar) => {
    expect(lunarToSolar(year, 1, 1)).toBe(solar);
    expect(solarToLunar(d(solar))).toEqual({ year, month: 1, day: 1, leap: false });
  });

  // Giỗ Tổ Hùng Vương (10/3 âm lịch).
  it.each([
    [2019, '2019-04-14'],
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ %i là %s', (year, solar) => {
    expect(lunarToSolar(year, 3, 10)).toBe(solar);
    expect(solarToLunar(d(solar))).toEqual({ year, month: 3, day: 10, leap: false });
  });

  // Where UTC+7 and UTC+8 disagree, the Vietnamese date is the one above.
  it.each([
    [2007, '2007-02-18'],
    [1985, '1985-02-20'],
  ])('Tết %i in China (UTC+8) is %s', (year, solar) => {
    expect(lunarToSolar(year, 1, 1, false, CHINA_TIME_ZONE)).toBe(solar);
  });

  it.each([
    // year, leap month, first day of the leap month
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('năm %i nhuận tháng %i, mùng 1 tháng nhuận là %s', (year, month, solar) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar(year, month, 1, true)).toBe(solar);
    expect(solarToLunar(d(solar))).toEqual({ year, month, day: 1, leap: true });
    // The ordinary month of the same number comes first.
    expect(solarToLunar(addDays(d(solar), -1))).toMatchObject({ year, month, leap: false });
  });

  it.each([2019, 2021, 2022, 2024, 2026])('năm %i không có tháng nhuận', (year) => {
    expect(leapMonthOf(year)).toBeNull();
    expect(lunarToSolar(year, 4, 1, true)).toBeNull();
  });

  it.each([
    // lunar year ending, eve of Tết: 29 when tháng Chạp has 29 days
    [2024, '2025-01-28', 29],
    [2023, '2024-02-09', 30],
    [2025, '2026-02-16', 29],
  ])('đêm giao thừa cuối năm âm %i là %s (ngày %i tháng Chạp)', (lunarYear, solar, day) => {
    expect(lunarNewYearsEve(lunarYear)).toBe(solar);
    expect(solarToLunar(d(solar))).toEqual({ year: lunarYear, month: 12, day, leap: false });
    expect(lunarMonthLength(lunarYear, 12)).toBe(day);
  });

  it('rejects lunar dates that do not exist', () => {
    expect(lunarToSolar(2024, 12, 30)).toBeNull(); // tháng Chạp Giáp Thìn has 29 days
    expect(lunarToSolar(2024, 13, 1)).toBeNull();
    expect(lunarToSolar(2024, 1, 0)).toBeNull();
    expect(lunarToSolar(2020, 5, 1, true)).toBeNull(); // 2020's leap month is the 4th
  });

  it('refuses years outside the published range', () => {
    expect(() => solarToLunar(civilDateOf(1700, 1, 1))).toThrow(RangeError);
    expect(() => lunarToSolar(2300, 1, 1)).toThrow(RangeError);
  });

  // The published code estimates the month from the mean new moon and, on these
  // days, returned "day 0" of the next month; the last day of the month is right.
  it.each([
    ['1877-04-13', 1877, 2],
    ['1885-03-16', 1885, 1],
    ['2054-05-07', 2054, 3],
    ['2062-04-09', 2062, 2],
  ])('%s là ngày 30 tháng %i/%i', (solar, year, month) => {
    expect(solarToLunar(d(solar))).toEqual({ year, month, day: 30, leap: false });
    expect(solarToLunar(addDays(d(solar), 1))).toEqual({ year, month: month + 1, day: 1, leap: false });
  });

  it('is a bijection with consecutive days, 1990–2060', () => {
    const problems: string[] = [];
    let day = civilDateOf(1990, 1, 1);
    let prev = solarToLunar(day);
    const end = civilDateOf(2060, 12, 31);
    while (day < end) {
      day = addDays(day, 1);
      const lunar = solarToLunar(day);
      if (lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap) !== day) problems.push(`round trip ${day}`);
      const follows =
        lunar.day === 1
          ? prev.day === 29 || prev.day === 30
          : lunar.year === prev.year && lunar.month === prev.month && lunar.leap === prev.leap && lunar.day === prev.day + 1;
      if (!follows) problems.push(`sequence ${day}`);
      prev = lunar;
    }
    expect(problems).toEqual([]);
  });
});
