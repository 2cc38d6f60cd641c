/**
 * Reporting periods (kỳ báo cáo): a month, a quarter, a half-year or a year,
 * with canonical IDs and the Vietnamese phrases offices write.
 *
 * IDs follow DHIS2's period IDs, which routine-reporting tools and their
 * exports already use, and which sort correctly as strings within one type:
 *   monthly `202007`, quarterly `2020Q3`, 6-monthly `2020H1` / `2020H2`, yearly `2020`.
 * `parsePeriodId(formatPeriodId(p))` equals `p` (property-tested), and
 * anything else parses to null. Years are four digits, 1000–9999.
 *
 * This module is about the calendar extent of a period; the reporting
 * window (cut-off of Nghị định 09/2019/NĐ-CP) is in window.ts.
 */
import { assertNever } from '../assert-never.ts';
import { civilDateOf, civilParts, lastDayOfMonth, type CivilDate } from '../civil-date.ts';
import type { Cadence } from '../document/types.ts';

/** Period types: the recurring cadences of document/types.ts (every one but `once`). */
export const PERIOD_TYPES = ['monthly', 'quarterly', '6-monthly', 'yearly'] as const satisfies readonly Cadence[];
export type PeriodType = (typeof PERIOD_TYPES)[number];

// Fails to compile if a recurring cadence is added to CADENCES and not here.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _periodTypesMatchCadences: Exactly<PeriodType, Exclude<Cadence, 'once'>> = true;

export function isPeriodType(value: string): value is PeriodType {
  return (PERIOD_TYPES as readonly string[]).includes(value);
}

export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;

export type Period =
  | { type: 'monthly'; year: number; month: number }
  | { type: 'quarterly'; year: number; quarter: Quarter }
  | { type: '6-monthly'; year: number; half: Half }
  | { type: 'yearly'; year: number };

declare const periodIdBrand: unique symbol;
/** A canonical period ID as formatPeriodId writes it. */
export type PeriodId = string & { readonly [periodIdBrand]: true };

export const PERIOD_YEARS = { from: 1000, to: 9999 } as const;

/** Periods of this type in a year. */
export function periodsPerYear(type: PeriodType): number {
  switch (type) {
    case 'monthly':
      return 12;
    case 'quarterly':
      return 4;
    case '6-monthly':
      return 2;
    case 'yearly':
      return 1;
    default:
      return assertNever(type, 'loại kỳ báo cáo');
  }
}

/** 1-based position of the period within its year (month, quarter, half; 1 for a year). */
function positionInYear(p: Period): number {
  switch (p.type) {
    case 'monthly':
      return p.month;
    case 'quarterly':
      return p.quarter;
    case '6-monthly':
      return p.half;
    case 'yearly':
      return 1;
    default:
      return assertNever(p, 'kỳ báo cáo');
  }
}

/** Months in a period of this type. */
function monthsIn(type: PeriodType): number {
  return 12 / periodsPerYear(type);
}

/** Builds a period from its type, year and position in the year; null when out of range. */
export function makePeriod(type: PeriodType, year: number, position = 1): Period | null {
  if (!Number.isInteger(year) || year < PERIOD_YEARS.from || year > PERIOD_YEARS.to) return null;
  if (!Number.isInteger(position) || position < 1 || position > periodsPerYear(type)) return null;
  switch (type) {
    case 'monthly':
      return { type, year, month: position };
    case 'quarterly':
      return { type, year, quarter: position as Quarter };
    case '6-monthly':
      return { type, year, half: position as Half };
    case 'yearly':
      return { type, year };
    default:
      return assertNever(type, 'loại kỳ báo cáo');
  }
}

export function formatPeriodId(p: Period): PeriodId {
  const year = String(p.year).padStart(4, '0');
  switch (p.type) {
    case 'monthly':
      return `${year}${String(p.month).padStart(2, '0')}` as PeriodId;
    case 'quarterly':
      return `${year}Q${p.quarter}` as PeriodId;
    case '6-monthly':
      return `${year}H${p.half}` as PeriodId;
    case 'yearly':
      return year as PeriodId;
    default:
      return assertNever(p, 'kỳ báo cáo');
  }
}

const PERIOD_ID_RE = /^([1-9]\d{3})(?:(\d{2})|Q([1-4])|H([12]))?$/;

/** Parses a canonical period ID; null for anything else (no spaces, no lower case, no `2020-07`). */
export function parsePeriodId(text: string): Period | null {
  const m = PERIOD_ID_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) return makePeriod('monthly', year, Number(m[2]));
  if (m[3] !== undefined) return makePeriod('quarterly', year, Number(m[3]));
  if (m[4] !== undefined) return makePeriod('6-monthly', year, Number(m[4]));
  return makePeriod('yearly', year);
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

function halfPhrase(half: Half): string {
  return half === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
}

/** Short label, as in tables and headings: "tháng 7/2020", "quý III/2020", "6 tháng đầu năm 2020", "năm 2020". */
export function periodLabel(p: Period): string {
  switch (p.type) {
    case 'monthly':
      return `tháng ${p.month}/${p.year}`;
    case 'quarterly':
      return `quý ${ROMAN_QUARTERS[p.quarter - 1]}/${p.year}`;
    case '6-monthly':
      return `${halfPhrase(p.half)} ${p.year}`;
    case 'yearly':
      return `năm ${p.year}`;
    default:
      return assertNever(p, 'kỳ báo cáo');
  }
}

/** The label of a period ID ("2020H1" → "6 tháng đầu năm 2020"); an ID that is not one is shown as it is. */
export function periodName(periodId: string): string {
  const p = parsePeriodId(periodId);
  return p ? periodLabel(p) : periodId;
}

/**
 * Long form for report titles ("Báo cáo kết quả thực hiện … quý III năm 2020"):
 * "tháng 7 năm 2020", "quý III năm 2020", "6 tháng đầu năm 2020", "năm 2020".
 * Lower case, to follow a title's words; capitalise at the caller when it leads.
 */
export function periodTitle(p: Period): string {
  switch (p.type) {
    case 'monthly':
      return `tháng ${p.month} năm ${p.year}`;
    case 'quarterly':
      return `quý ${ROMAN_QUARTERS[p.quarter - 1]} năm ${p.year}`;
    case '6-monthly':
      return `${halfPhrase(p.half)} ${p.year}`;
    case 'yearly':
      return `năm ${p.year}`;
    default:
      return assertNever(p, 'kỳ báo cáo');
  }
}

/** How the cadence is written in a plan: "báo cáo hằng tháng", "định kỳ 6 tháng". */
export function periodTypeLabel(type: PeriodType): string {
  switch (type) {
    case 'monthly':
      return 'hằng tháng';
    case 'quarterly':
      return 'hằng quý';
    case '6-monthly':
      return '6 tháng';
    case 'yearly':
      return 'hằng năm';
    default:
      return assertNever(type, 'loại kỳ báo cáo');
  }
}

/** An inclusive range of civil days. */
export interface DateRange {
  start: CivilDate;
  end: CivilDate;
}

/** First month (1–12) of the period. */
function firstMonth(p: Period): number {
  return (positionInYear(p) - 1) * monthsIn(p.type) + 1;
}

/** The period's calendar extent: tháng 7/2020 is 1/7–31/7, quý III 1/7–30/9, 6 tháng cuối năm 1/7–31/12. */
export function periodExtent(p: Period): DateRange {
  const first = firstMonth(p);
  const last = first + monthsIn(p.type) - 1;
  return { start: civilDateOf(p.year, first, 1), end: lastDayOfMonth(p.year, last) };
}

/** The period of this type whose calendar extent contains the date. */
export function periodContaining(type: PeriodType, date: CivilDate): Period {
  const { year, month } = civilParts(date);
  const period = makePeriod(type, year, Math.floor((month - 1) / monthsIn(type)) + 1);
  if (period === null) throw new RangeError(`Năm ${year} nằm ngoài phạm vi kỳ báo cáo`);
  return period;
}

/** A number that increases by one from each period to the next of the same type. */
export function periodOrdinal(p: Period): number {
  return p.year * periodsPerYear(p.type) + positionInYear(p) - 1;
}

/** The period `n` periods after `p` (before, for negative n); null past the supported years. */
export function shiftPeriod(p: Period, n: number): Period | null {
  const perYear = periodsPerYear(p.type);
  const ordinal = periodOrdinal(p) + n;
  return makePeriod(p.type, Math.floor(ordinal / perYear), (ordinal % perYear) + 1);
}

/** Orders periods of one type by time; periods of different types by type, then time. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.type !== b.type) return PERIOD_TYPES.indexOf(a.type) - PERIOD_TYPES.indexOf(b.type);
  return periodOrdinal(a) - periodOrdinal(b);
}

/**
 * Periods of a type whose calendar extent overlaps [from, to] (both inclusive),
 * in order; empty when `to` is before `from`. periodsBetween('quarterly',
 * 27/8/2019, 31/12/2020) is 2019Q3 … 2020Q4.
 */
export function periodsBetween(type: PeriodType, from: CivilDate, to: CivilDate): Period[] {
  if (to < from) return [];
  const result: Period[] = [];
  const last = periodOrdinal(periodContaining(type, to));
  for (let p: Period | null = periodContaining(type, from); p !== null && periodOrdinal(p) <= last; p = shiftPeriod(p, 1)) {
    result.push(p);
  }
  return result;
}
