/**
 * Working days of Vietnamese state and Party bodies: Monday to Friday, less
 * public holidays, less compensation days, adjusted by the year's decisions.
 *
 * Compensation (nghỉ bù): "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết
 * … thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế
 * tiếp" — Bộ luật Lao động 2019, Điều 111 khoản 3 (as Nghị định 145/2020/NĐ-CP
 * applies it). We give each statutory holiday that falls on a Saturday or
 * Sunday one compensation day: the first day after it that is not a weekend,
 * not a holiday and not already a compensation day. So 30/4/2022 (Sat) and
 * 1/5/2022 (Sun) give 2/5 and 3/5, and a Tết with a weekend inside is followed
 * by its compensation days. Two statutory holidays on the same weekday (which
 * the law does not address) give no compensation.
 *
 * The Prime Minister's yearly decisions (which 5 days of Tết, which day next
 * to 2/9, swaps of a weekday for a make-up Saturday) cannot be derived: pass
 * them as overrides. Precedence, simplest that covers the decisions seen:
 *   1. extraWorkingDays win over everything (a make-up Saturday, or a default
 *      holiday or compensation day the decision moved elsewhere);
 *   2. extraDaysOff are days off and never earn compensation (a decision
 *      already counts its weekends);
 *   3. statutory holidays and their compensation days (holidays.ts).
 * Example, Tết 2025 (break 25/1–2/2 for public servants): the defaults give
 * 28/1–1/2 plus 3/2 as compensation for 1/2 (Sat); the decision is
 * `{ extraDaysOff: [27/1], extraWorkingDays: [3/2] }`.
 */
import { addDays, civilParts, type CivilDate } from '../civil-date.ts';
import { holidayKindLabel, isWeekend, statutoryHolidays, type Holiday } from './holidays.ts';

/** A day off given by a decision, with an optional name ("Nghỉ Tết theo Công văn …"). */
export type DayOffInput = CivilDate | { date: CivilDate; name: string };

export interface HolidayOverrides {
  /** Days off on top of the statutory rules: the yearly decisions, a province's own days. */
  extraDaysOff?: readonly DayOffInput[];
  /** Days worked whatever the rules say: make-up Saturdays (làm bù), default holidays a decision moved. */
  extraWorkingDays?: readonly CivilDate[];
}

export interface HolidayCalendar {
  /** False on weekends, holidays, compensation days and extra days off; true on extra working days. */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * `n` working days after `date`, for a whole number n ≥ 0:
   *  - n = 0: `date` itself when it is a working day, else the next working day
   *    (a deadline that falls on a day off moves to the next working day);
   *  - n ≥ 1: the n-th working day strictly after `date`, whether or not
   *    `date` is one ("2 ngày làm việc sau ngày chốt số liệu 14/6/2025 (Sat)"
   *    is Tue 17/6).
   * Throws RangeError for a negative or fractional n (a programming error).
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Days off of a solar year other than plain weekends, in date order, with Vietnamese names. */
  holidaysOf(year: number): Holiday[];
  /** The holiday entries on a date (empty on ordinary days and plain weekends). */
  holidaysOn(date: CivilDate): Holiday[];
}

function dayOffOf(input: DayOffInput): Holiday {
  return typeof input === 'string'
    ? { date: input, kind: 'nghi-theo-quyet-dinh', name: holidayKindLabel('nghi-theo-quyet-dinh') }
    : { date: input.date, kind: 'nghi-theo-quyet-dinh', name: input.name };
}

function byDate(a: Holiday, b: Holiday): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Statutory holidays of a year with their compensation days, before overrides. */
function withCompensation(statutory: readonly Holiday[], extraOff: ReadonlySet<CivilDate>): Holiday[] {
  const taken = new Set<CivilDate>([...statutory.map((h) => h.date), ...extraOff]);
  const compensation: Holiday[] = [];
  for (const holiday of statutory) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensation.push({ date: day, kind: 'nghi-bu', name: `Nghỉ bù ${holiday.name}` });
  }
  return [...statutory, ...compensation];
}

export function createHolidayCalendar(overrides: HolidayOverrides = {}): HolidayCalendar {
  const working = new Set<CivilDate>(overrides.extraWorkingDays ?? []);
  const extraByYear = new Map<number, Holiday[]>();
  for (const input of overrides.extraDaysOff ?? []) {
    const day = dayOffOf(input);
    const year = civilParts(day.date).year;
    extraByYear.set(year, [...(extraByYear.get(year) ?? []), day]);
  }

  // Per-year cache: addWorkingDays walks day by day and each year costs a few lunar conversions.
  const cache = new Map<number, { list: Holiday[]; byDate: Map<CivilDate, Holiday[]> }>();
  const yearData = (year: number) => {
    const cached = cache.get(year);
    if (cached) return cached;
    const extra = extraByYear.get(year) ?? [];
    const extraDates = new Set(extra.map((h) => h.date));
    const rules = withCompensation(statutoryHolidays(year), extraDates);
    const ruleDates = new Set(rules.map((h) => h.date));
    const list = [...rules, ...extra.filter((h) => !ruleDates.has(h.date))]
      .filter((h) => !working.has(h.date))
      .sort(byDate);
    const index = new Map<CivilDate, Holiday[]>();
    for (const h of list) index.set(h.date, [...(index.get(h.date) ?? []), h]);
    const data = { list, byDate: index };
    cache.set(year, data);
    return data;
  };

  const holidaysOn = (date: CivilDate): Holiday[] => [...(yearData(civilParts(date).year).byDate.get(date) ?? [])];

  const isWorkingDay = (date: CivilDate): boolean => {
    if (working.has(date)) return true;
    if (isWeekend(date)) return false;
    return !yearData(civilParts(date).year).byDate.has(date);
  };

  const addWorkingDays = (date: CivilDate, n: number): CivilDate => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc phải là số nguyên không âm: ${n}`);
    let day = date;
    if (n === 0) {
      while (!isWorkingDay(day)) day = addDays(day, 1);
      return day;
    }
    for (let counted = 0; counted < n; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day)) counted++;
    }
    return day;
  };

  return {
    isWorkingDay,
    addWorkingDays,
    holidaysOf: (year) => [...yearData(year).list],
    holidaysOn,
  };
}

/** The statutory rules with their default choices and no decisions applied. */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = createHolidayCalendar();
