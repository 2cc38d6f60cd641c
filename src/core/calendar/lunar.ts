/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
 *
 * Why not a package: none in node_modules converts lunar dates, and the npm
 * packages that do (`amlich`, `lunar-date-vn`, …) are unmaintained, untyped,
 * or compute for the Chinese calendar (UTC+8). The algorithm is short and
 * published, so we own it: Hồ Ngọc Đức, "Thuật toán tính âm lịch"
 * (astronomical, after Jean Meeus, "Astronomical Algorithms", 1998), whose
 * results agree with the Vietnamese almanacs on every date tested in
 * lunar.test.ts. Rules it implements:
 *  - a month starts on the civil day (in UTC+7) that holds the new moon;
 *  - month 11 is the month that contains the winter solstice;
 *  - when 13 new moons fall between two months 11, the first month after the
 *    11th without a major solar term (trung khí) is the leap month, numbered
 *    as the month before it.
 * The time zone matters: the new moon of 17/2/2007 happened before midnight in
 * Hà Nội but after midnight in Beijing, so Tết 2007 was 17/2 in Việt Nam and
 * 18/2 in China (likewise 1985: 21/1 vs 20/2, because the leap month differs).
 *
 * Accuracy: the truncated series is good to minutes for 1800–2199, the range
 * Hồ Ngọc Đức published tables for; outside it we refuse rather than guess.
 * Arithmetic is on Julian day numbers (JDN), which have no time zone.
 */
import { civilDateOf, civilParts, type CivilDate } from '../civil-date.ts';

/** Hà Nội's offset from UTC, in hours, for which Vietnamese almanacs are computed. */
export const VIETNAM_TIME_ZONE = 7;

/**
 * Solar years the conversion supports. Lunar years run one lower, since
 * January 1800 still belongs to lunar year 1799.
 */
export const LUNAR_SUPPORTED_YEARS = { from: 1800, to: 2199 } as const;

export interface LunarDate {
  /** The lunar year: the solar year in which its month 1 (tháng Giêng) begins. */
  year: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  /** 1–30. */
  day: number;
  /** True for the leap month (tháng nhuận). */
  leap: boolean;
}

const PI = Math.PI;
const int = Math.floor;
/** JDN of 1900-01-01 noon, the epoch of Meeus's new-moon series (k = 0 ≈ 1900-01-01). */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

function assertSupportedYear(year: number, lunar: boolean): void {
  const from = LUNAR_SUPPORTED_YEARS.from - (lunar ? 1 : 0);
  if (!Number.isInteger(year) || year < from || year > LUNAR_SUPPORTED_YEARS.to) {
    throw new RangeError(
      `Âm lịch chỉ tính cho năm ${from}–${LUNAR_SUPPORTED_YEARS.to}, không tính được năm ${year}`,
    );
  }
}

/** Julian day number of a Gregorian date (all supported years are Gregorian). */
function jdFromDate(day: number, month: number, year: number): number {
  const a = int((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400) - 32045;
}

function jdToCivil(jd: number): CivilDate {
  const a = jd + 32044;
  const b = int((4 * a + 3) / 146097);
  const c = a - int((b * 146097) / 4);
  const d = int((4 * c + 3) / 1461);
  const e = c - int((1461 * d) / 4);
  const m = int((5 * e + 2) / 153);
  const day = e - int((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * int(m / 10);
  const year = b * 100 + d - 4800 + int(m / 10);
  return civilDateOf(year, month, day);
}

function jdOfCivil(date: CivilDate): number {
  const { year, month, day } = civilParts(date);
  return jdFromDate(day, month, year);
}

/** Julian day (UT, fractional) of the k-th new moon after 1900-01-01 (Meeus, ch. 49, truncated). */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries from 1900-01-0.5
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr); // mean new moon
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  // ΔT (TT − UT) in days.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at a fractional Julian day (Meeus, ch. 25). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525; // Julian centuries from J2000.0
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * int(L / (PI * 2));
  return L;
}

/** Which of the 12 major solar terms (30° sectors) the sun is in at the start of a local civil day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return int((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** JDN of the local civil day holding the k-th new moon. */
function newMoonDay(k: number, timeZone: number): number {
  return int(newMoon(k) + 0.5 + timeZone / 24);
}

/** JDN of the first day of lunar month 11 (the solstice month) that starts in solar year `year`, or just before. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = int(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  // A month starting after the sun passed 270° (sector 9) does not contain the solstice.
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** In a 13-month year starting at month 11 `a11`, the offset (1–12) of the first month without a major term. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = int((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a civil day. Throws RangeError outside LUNAR_SUPPORTED_YEARS. */
export function solarToLunar(date: CivilDate, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  const yy = civilParts(date).year;
  assertSupportedYear(yy, false);
  const dayNumber = jdOfCivil(date);
  // The published code tries k+1 then k from this mean-motion estimate; the
  // true new moon strays up to ~14 h from the mean, and in a few years (1877,
  // 1885, 2054, 2062) that picks the next month and yields "day 0". Walking
  // until newMoonDay(k) <= dayNumber < newMoonDay(k + 1) is exact.
  let k = int((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k, timeZone) > dayNumber) k--;
  while (newMoonDay(k + 1, timeZone) <= dayNumber) k++;
  const monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, timeZone);
  }
  const day = dayNumber - monthStart + 1;
  const diff = int((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 found from the solstice belong to the lunar year before.
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** JDN of the first day of a lunar month, or null when the year has no such (leap) month. */
function lunarMonthStart(year: number, month: number, leap: boolean, timeZone: number): number | null {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, timeZone);
    b11 = lunarMonth11(year, timeZone);
  } else {
    a11 = lunarMonth11(year, timeZone);
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const k = int(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  return newMoonDay(k + off, timeZone);
}

/**
 * The civil day of a lunar date, or null when the lunar date does not exist
 * (a leap flag on a month that is not leap that year, day 30 of a 29-day month).
 * Throws RangeError for lunar years outside LUNAR_SUPPORTED_YEARS.
 */
export function lunarToSolar(
  year: number,
  month: number,
  day: number,
  leap = false,
  timeZone: number = VIETNAM_TIME_ZONE,
): CivilDate | null {
  assertSupportedYear(year, true);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    return null;
  }
  const start = lunarMonthStart(year, month, leap, timeZone);
  if (start === null) return null;
  if (day > 29 && monthLengthFrom(start, timeZone) < day) return null;
  return jdToCivil(start + day - 1);
}

/** 29 or 30: the length of a lunar month, or null when it does not exist. */
export function lunarMonthLength(
  year: number,
  month: number,
  leap = false,
  timeZone: number = VIETNAM_TIME_ZONE,
): number | null {
  assertSupportedYear(year, true);
  const start = lunarMonthStart(year, month, leap, timeZone);
  return start === null ? null : monthLengthFrom(start, timeZone);
}

/** Days from a month's first day (a new-moon day) to the next new-moon day. */
function monthLengthFrom(start: number, timeZone: number): number {
  let k = int((start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  while (newMoonDay(k, timeZone) > start) k--;
  while (newMoonDay(k + 1, timeZone) <= start) k++;
  return newMoonDay(k + 1, timeZone) - start;
}

/** The month that is leap in a lunar year (e.g. 4 for 2020), or null when the year has 12 months. */
export function leapMonthOf(year: number, timeZone: number = VIETNAM_TIME_ZONE): number | null {
  assertSupportedYear(year, true);
  for (let month = 1; month <= 12; month++) {
    if (lunarMonthStart(year, month, true, timeZone) !== null) return month;
  }
  return null;
}

/** The last day of a lunar year (ngày 30 Tết, or 29 when tháng Chạp has 29 days): the eve of Tết. */
export function lunarNewYearsEve(lunarYear: number, timeZone: number = VIETNAM_TIME_ZONE): CivilDate {
  const tet = lunarToSolar(lunarYear + 1, 1, 1, false, timeZone);
  if (tet === null) throw new Error('unreachable: 1/1 always exists');
  return jdToCivil(jdOfCivil(tet) - 1);
}
