/**
 * The one place that reads the clock. Deadlines are civil dates in Vietnam
 * (Asia/Ho_Chi_Minh, UTC+7, no daylight saving), whatever zone the machine
 * runs in: at 23:30 UTC on 14/6 it is already 15/6 for the users.
 */
import { parseCivilDate, type CivilDate } from '../core/civil-date.ts';

export interface Clock {
  now(): Date;
  today(): CivilDate;
}

const vnDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

export function civilDateInVietnam(instant: Date): CivilDate {
  const text = vnDate.format(instant);
  const date = parseCivilDate(text);
  if (!date) throw new Error(`Unexpected date format: ${text}`);
  return date;
}

export function systemClock(): Clock {
  return { now: () => new Date(), today: () => civilDateInVietnam(new Date()) };
}

/** A clock fixed at `iso`, advancing with real time from there (so sessions still expire). */
export function fixedClock(iso: string): Clock {
  const offset = new Date(iso).getTime() - Date.now();
  if (Number.isNaN(offset)) throw new Error(`Thời điểm không hợp lệ: ${iso}`);
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => civilDateInVietnam(now()) };
}
