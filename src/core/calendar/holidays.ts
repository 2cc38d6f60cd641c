/**
 * Statutory public holidays (ngày nghỉ lễ, tết) of a solar year, before
 * weekend compensation and before the Prime Minister's yearly decisions
 * (those are applied in holiday-calendar.ts).
 *
 * Source: Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 (from 1/1/2021):
 *   a) Tết Dương lịch: 1 day (1/1);
 *   b) Tết Âm lịch: 5 days — the Prime Minister fixes which (khoản 3);
 *   c) Ngày Chiến thắng: 1 day (30/4);
 *   d) Ngày Quốc tế lao động: 1 day (1/5);
 *   đ) Quốc khánh: 2 days (2/9 and one adjacent day before or after, fixed by
 *      the Prime Minister, khoản 3);
 *   e) Giỗ Tổ Hùng Vương: 1 day (10/3 lunar).
 * Until 31/12/2020 the Labour Code 2012 (10/2012/QH13, Điều 115) applied: the
 * same list with a single day for Quốc khánh. Earlier years (before 2013 Tết
 * had 4 days, before 2007 there was no Giỗ Tổ holiday) are modelled with the
 * 2012 rules: plans tracked by thucthi start in 2019.
 *
 * Defaults for the days the Prime Minister decides each year, overridable
 * through HolidayOverrides:
 *  - Tết: the eve (30 Tết, or 29 when tháng Chạp is short) and mùng 1–4.
 *    The yearly decisions place the 5 days around the eve; for 2026 this
 *    gives 16–20/2, a 9-day break 14–22/2 with the weekends. Where a
 *    decision shifts them (2024: 8–14/2 instead of 9–15/2) the caller passes
 *    it as extra days off / working days.
 *  - The day adjacent to 2/9: the weekday that joins the break to a weekend,
 *    which reproduces every decision since the rule began — 2021 (Thu 2/9 →
 *    3/9), 2022 (Fri → 1/9), 2023 (Sat → 1/9), 2024 (Mon → 3/9), 2025 (Tue →
 *    1/9). When 2/9 is a Wednesday neither side joins a weekend: we take 3/9,
 *    the day after, a guess to be overridden by the year's decision.
 */
import { assertNever } from '../assert-never.ts';
import { addDays, civilDateOf, dayOfWeek, type CivilDate } from '../civil-date.ts';
import { lunarNewYearsEve, lunarToSolar, solarToLunar } from './lunar.ts';

/** Kinds of days off, a closed vocabulary (see HOLIDAY_KIND_LABELS). */
export const HOLIDAY_KINDS = [
  'tet-duong-lich',
  'tet-nguyen-dan',
  'gio-to-hung-vuong',
  'chien-thang',
  'quoc-te-lao-dong',
  'quoc-khanh',
  'nghi-bu',
  'nghi-theo-quyet-dinh',
] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export function holidayKindLabel(kind: HolidayKind): string {
  switch (kind) {
    case 'tet-duong-lich':
      return 'Tết Dương lịch';
    case 'tet-nguyen-dan':
      return 'Tết Nguyên đán';
    case 'gio-to-hung-vuong':
      return 'Giỗ Tổ Hùng Vương';
    case 'chien-thang':
      return 'Ngày Chiến thắng';
    case 'quoc-te-lao-dong':
      return 'Ngày Quốc tế Lao động';
    case 'quoc-khanh':
      return 'Quốc khánh';
    case 'nghi-bu':
      return 'Nghỉ bù';
    case 'nghi-theo-quyet-dinh':
      return 'Nghỉ theo quyết định';
    default:
      return assertNever(kind, 'loại ngày nghỉ');
  }
}

export interface Holiday {
  date: CivilDate;
  kind: HolidayKind;
  /** Vietnamese name as shown to users: "Tết Nguyên đán (mùng 1)", "Nghỉ bù Quốc khánh (2/9)". */
  name: string;
}

/** The year the Labour Code 2019 took effect (Điều 220: 1/1/2021), and with it the second day of Quốc khánh. */
export const LABOUR_CODE_2019_FROM_YEAR = 2021;

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * Weekly rest days of state bodies: Saturday and Sunday (Quyết định
 * 188/1999/QĐ-TTg, the 40-hour week for cán bộ, công chức).
 */
export function isWeekend(date: CivilDate): boolean {
  const dow = dayOfWeek(date);
  return dow === SATURDAY || dow === SUNDAY;
}

/** The default day adjacent to 2/9 (see the module comment). */
export function defaultNationalDayAdjacent(year: number): CivilDate {
  const before = civilDateOf(year, 9, 1);
  const after = civilDateOf(year, 9, 3);
  if (isWeekend(after)) return before; // 2/9 on Friday or Saturday
  if (isWeekend(before)) return after; // 2/9 on Sunday or Monday
  if (isWeekend(addDays(before, -1))) return before; // 2/9 on Tuesday: Monday joins the weekend
  return after; // Thursday: Friday joins it; Wednesday: our guess
}

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const;

/** Statutory holidays of a solar year, in date order, weekend ones included (compensation is not applied here). */
export function statutoryHolidays(year: number): Holiday[] {
  const days: Holiday[] = [];
  const add = (date: CivilDate, kind: HolidayKind, detail?: string) => {
    const label = holidayKindLabel(kind);
    days.push({ date, kind, name: detail === undefined ? label : `${label} (${detail})` });
  };
  add(civilDateOf(year, 1, 1), 'tet-duong-lich');

  // Tết of lunar year `year` always starts in January or February of solar year `year`.
  const eve = lunarNewYearsEve(year - 1);
  // The eve is "30 Tết", or "29 Tết" in years whose tháng Chạp has 29 days (2025).
  add(eve, 'tet-nguyen-dan', `${solarToLunar(eve).day} Tết`);
  TET_DAY_NAMES.forEach((detail, i) => add(addDays(eve, i + 1), 'tet-nguyen-dan', detail));

  const gioTo = lunarToSolar(year, 3, 10, false);
  if (gioTo === null) throw new Error('unreachable: 10/3 lunar always exists');
  add(gioTo, 'gio-to-hung-vuong', '10/3 âm lịch');

  add(civilDateOf(year, 4, 30), 'chien-thang', '30/4');
  add(civilDateOf(year, 5, 1), 'quoc-te-lao-dong', '1/5');
  add(civilDateOf(year, 9, 2), 'quoc-khanh', '2/9');
  if (year >= LABOUR_CODE_2019_FROM_YEAR) {
    const adjacent = defaultNationalDayAdjacent(year);
    add(adjacent, 'quoc-khanh', adjacent < civilDateOf(year, 9, 2) ? 'ngày liền kề trước 2/9' : 'ngày liền kề sau 2/9');
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
