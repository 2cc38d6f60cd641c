import { describe, expect, it } from 'vitest';
import { parseCivilDate, type CivilDate } from '../civil-date.ts';
import { createHolidayCalendar, DEFAULT_HOLIDAY_CALENDAR as cal } from './holiday-calendar.ts';
import { defaultNationalDayAdjacent, statutoryHolidays } from './holidays.ts';

const d = (s: string) => parseCivilDate(s) as CivilDate;
const offDays = (year: number, calendar = cal) => calendar.holidaysOf(year).map((h) => h.date);

describe('statutory holidays (BLLĐ 2019, Điều 112)', () => {
  it('2024, with names', () => {
    expect(statutoryHolidays(2024).map((h) => [h.date, h.name])).toEqual([
      ['2024-01-01', 'Tết Dương lịch'],
      ['2024-02-09', 'Tết Nguyên đán (30 Tết)'],
      ['2024-02-10', 'Tết Nguyên đán (mùng 1)'],
      ['2024-02-11', 'Tết Nguyên đán (mùng 2)'],
      ['2024-02-12', 'Tết Nguyên đán (mùng 3)'],
      ['2024-02-13', 'Tết Nguyên đán (mùng 4)'],
      ['2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
      ['2024-04-30', 'Ngày Chiến thắng (30/4)'],
      ['2024-05-01', 'Ngày Quốc tế Lao động (1/5)'],
      ['2024-09-02', 'Quốc khánh (2/9)'],
      ['2024-09-03', 'Quốc khánh (ngày liền kề sau 2/9)'],
    ]);
  });

  it('names the eve "29 Tết" when tháng Chạp has 29 days (Tết 2025)', () => {
    expect(statutoryHolidays(2025).find((h) => h.date === '2025-01-28')?.name).toBe('Tết Nguyên đán (29 Tết)');
  });

  it('has one day of Quốc khánh before the Labour Code 2019 (2020)', () => {
    expect(statutoryHolidays(2020).filter((h) => h.kind === 'quoc-khanh').map((h) => h.date)).toEqual(['2020-09-02']);
  });

  // The adjacent day matches the Prime Minister's decisions 2021–2025; 2026 (Wednesday) is our guess.
  it.each([
    [2021, '2021-09-03'], // 2/9 Thursday
    [2022, '2022-09-01'], // Friday
    [2023, '2023-09-01'], // Saturday
    [2024, '2024-09-03'], // Monday
    [2025, '2025-09-01'], // Tuesday
    [2026, '2026-09-03'], // Wednesday
    [2029, '2029-09-03'], // Sunday
  ])('ngày liền kề 2/9/%i là %s', (year, day) => {
    expect(defaultNationalDayAdjacent(year)).toBe(day);
  });
});

describe('compensation days (BLLĐ 2019, Điều 111 khoản 3)', () => {
  it.each([
    // year, days off beyond plain weekends
    [2022, ['2022-01-01', '2022-01-03', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04',
      '2022-04-10', '2022-04-11', '2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03', '2022-09-01', '2022-09-02']],
    [2023, ['2023-01-01', '2023-01-02', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25',
      '2023-01-26', '2023-01-27', '2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03',
      '2023-09-01', '2023-09-02', '2023-09-04']],
  ])('%i', (year, expected) => {
    expect(offDays(year)).toEqual(expected);
  });

  it('names compensation days after the holiday they replace', () => {
    expect(cal.holidaysOn(d('2022-05-02'))).toEqual([
      { date: '2022-05-02', kind: 'nghi-bu', name: 'Nghỉ bù Ngày Chiến thắng (30/4)' },
    ]);
    expect(cal.holidaysOn(d('2022-05-04'))).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2024-02-08', true], // 29 Tết 2024, a working day by default (see the override test)
    ['2024-02-09', false], // 30 Tết
    ['2024-02-14', false], // compensation for mùng 1 on Saturday
    ['2024-02-15', false], // compensation for mùng 2 on Sunday
    ['2024-02-16', true],
    ['2024-02-17', false], // Saturday
    ['2022-04-11', false], // compensation for Giỗ Tổ on Sunday 10/4
    ['2025-09-01', false],
    ['2025-09-03', true],
  ])('%s → %s', (day, expected) => {
    expect(cal.isWorkingDay(d(day))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // from, n, result — the calendar is in the comments
    ['2025-06-13', 0, '2025-06-13'], // Friday: itself
    ['2025-06-14', 0, '2025-06-16'], // Saturday → Monday
    ['2025-06-14', 2, '2025-06-17'], // Sat; Mon 16 (1), Tue 17 (2)
    ['2025-06-13', 1, '2025-06-16'], // Fri; strictly after: Mon 16
    ['2022-04-29', 1, '2022-05-04'], // Fri; 30/4 Sat, 1/5 Sun, 2–3/5 compensation
    ['2022-04-30', 0, '2022-05-04'], // a due date on 30/4/2022 moves past the compensation days
    ['2022-04-30', 2, '2022-05-05'],
    ['2024-02-07', 1, '2024-02-08'], // Wed; Thu 8/2 still works by default
    ['2024-02-08', 1, '2024-02-16'], // Tết 9–13/2, compensation 14–15/2
    ['2026-02-14', 2, '2026-02-24'], // Sat; Tết 16–20/2, Mon 23 (1), Tue 24 (2)
    ['2025-12-31', 1, '2026-01-02'], // 1/1 across the year boundary
    ['2022-12-30', 1, '2023-01-03'], // 1/1/2023 Sunday → compensation Monday 2/1
    ['2025-08-29', 1, '2025-09-03'], // Fri; 1–2/9/2025
  ])('addWorkingDays(%s, %i) = %s', (from, n, expected) => {
    expect(cal.addWorkingDays(d(from), n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])('rejects n = %s', (n) => {
    expect(() => cal.addWorkingDays(d('2025-01-01'), n)).toThrow(RangeError);
  });
});

describe('overrides for the yearly decisions', () => {
  // Tết 2025: public servants off Sat 25/1 to Sun 2/2, i.e. Monday 27/1 added
  // and the default compensation day 3/2 worked instead.
  const tet2025 = createHolidayCalendar({
    extraDaysOff: [d('2025-01-27')],
    extraWorkingDays: [d('2025-02-03')],
  });

  it.each([
    ['2025-01-24', true],
    ['2025-01-27', false],
    ['2025-01-28', false],
    ['2025-02-01', false],
    ['2025-02-02', false],
    ['2025-02-03', true],
  ])('Tết 2025: %s → %s', (day, expected) => {
    expect(tet2025.isWorkingDay(d(day))).toBe(expected);
  });

  it('defaults differ from the decision without overrides', () => {
    expect(cal.isWorkingDay(d('2025-01-27'))).toBe(true);
    expect(cal.isWorkingDay(d('2025-02-03'))).toBe(false);
  });

  it('lists extra days off with their name and drops days made working', () => {
    const custom = createHolidayCalendar({
      extraDaysOff: [{ date: d('2024-02-08'), name: 'Nghỉ Tết (29 Tết) theo quyết định' }],
      extraWorkingDays: [d('2024-02-15')],
    });
    const feb = custom.holidaysOf(2024).filter((h) => h.date.startsWith('2024-02'));
    expect(feb.map((h) => [h.date, h.kind])).toEqual([
      ['2024-02-08', 'nghi-theo-quyet-dinh'],
      ['2024-02-09', 'tet-nguyen-dan'],
      ['2024-02-10', 'tet-nguyen-dan'],
      ['2024-02-11', 'tet-nguyen-dan'],
      ['2024-02-12', 'tet-nguyen-dan'],
      ['2024-02-13', 'tet-nguyen-dan'],
      ['2024-02-14', 'nghi-bu'],
    ]);
    expect(feb[0]?.name).toBe('Nghỉ Tết (29 Tết) theo quyết định');
    expect(custom.addWorkingDays(d('2024-02-07'), 1)).toBe('2024-02-15');
  });

  it('makes a Saturday a working day (làm bù)', () => {
    const makeUp = createHolidayCalendar({ extraWorkingDays: [d('2025-02-08')] });
    expect(makeUp.isWorkingDay(d('2025-02-08'))).toBe(true);
    expect(makeUp.addWorkingDays(d('2025-02-07'), 1)).toBe('2025-02-08');
  });

  it('gives no compensation for an extra day off on a weekend', () => {
    const weekendOff = createHolidayCalendar({ extraDaysOff: [d('2025-03-08')] });
    expect(weekendOff.isWorkingDay(d('2025-03-10'))).toBe(true);
  });
});
