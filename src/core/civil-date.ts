/**
 * Civil dates: a day in the Vietnamese calendar, with no time and no zone.
 *
 * Deadlines, cut-offs and document dates are civil dates ("hoàn thành trong
 * quý IV/2019" ends on 31/12/2019 wherever the server runs), so they are kept
 * as `yyyy-mm-dd` strings, which sort and compare correctly as strings and map
 * one-to-one to PostgreSQL's `date`.
 *
 * Why hand-written rather than date-fns: date-fns computes on `Date` in the
 * machine's local zone, which shifts days when the server runs in UTC and the
 * users in Asia/Ho_Chi_Minh. The few operations needed here are exact with
 * `Date.UTC` arithmetic, which has no zone at all. Which civil day "today" is
 * is decided once, by the server's clock adapter, never in this module.
 */

declare const civilDateBrand: unique symbol;
export type CivilDate = string & { readonly [civilDateBrand]: true };

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a civil date, or null when the parts do not name a real day. */
export function civilDate(year: number, month: number, day: number): CivilDate | null {
  if (!isValidYmd(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

/** Like civilDate, for parts the caller has already validated. */
export function civilDateOf(year: number, month: number, day: number): CivilDate {
  const d = civilDate(year, month, day);
  if (d === null) throw new RangeError(`Ngày không hợp lệ: ${day}/${month}/${year}`);
  return d;
}

/** Parses `yyyy-mm-dd`; null for anything else. */
export function parseCivilDate(text: string): CivilDate | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  return civilDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function civilParts(date: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function toUtcMs(date: CivilDate): number {
  const { year, month, day } = civilParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CivilDate {
  const d = new Date(ms);
  return civilDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DAY_MS = 86_400_000;

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** Adds months, clamping the day to the target month's length (31/1 + 1 month = 28 or 29/2). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = civilParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return civilDateOf(y, m, Math.min(day, daysInMonth(y, m)));
}

export function lastDayOfMonth(year: number, month: number): CivilDate {
  return civilDateOf(year, month, daysInMonth(year, month));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minCivil(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function maxCivil(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** dd/mm/yyyy, as Vietnamese offices write dates. */
export function formatVnDate(date: CivilDate): string {
  const { year, month, day } = civilParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Parses d/m/yyyy or dd/mm/yyyy (also with '-' or '.'), as typed by users. */
export function parseVnDate(text: string): CivilDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  return civilDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** "ngày 27 tháng 8 năm 2019", the long form of the document date line. */
export function formatVnLongDate(date: CivilDate): string {
  const { year, month, day } = civilParts(date);
  return `ngày ${String(day).padStart(2, '0')} tháng ${String(month).padStart(2, '0')} năm ${year}`;
}
