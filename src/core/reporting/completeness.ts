/**
 * Completeness and timeliness of reporting, counted the way DHIS2 counts
 * data-set reporting rates: expected reports are the obligations (unit ×
 * report × period); a report counts once submitted (or accepted); it is on
 * time when submitted on or before its due date (or the unit's exception).
 */
import type { CivilDate } from '../civil-date.ts';
import { countsAsSubmitted, type ReportStatus } from './flow.ts';

export interface ObligationFact {
  dueDate: CivilDate;
  /** The exception's due date when the coordinator granted one. */
  exceptionDueDate?: CivilDate | null;
  status: ReportStatus | null;
  /** Civil date (Asia/Ho_Chi_Minh) of the first submission, kept across returns. */
  firstSubmittedOn: CivilDate | null;
}

export interface ReportingRate {
  expected: number;
  submitted: number;
  onTime: number;
  /** Percentages, one decimal; null when nothing is expected. */
  rate: number | null;
  onTimeRate: number | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function isOnTime(f: ObligationFact): boolean {
  const due = f.exceptionDueDate ?? f.dueDate;
  return f.firstSubmittedOn !== null && f.firstSubmittedOn <= due;
}

export function reportingRate(facts: readonly ObligationFact[]): ReportingRate {
  let submitted = 0;
  let onTime = 0;
  for (const f of facts) {
    if (f.status === null || !countsAsSubmitted(f.status)) continue;
    submitted++;
    if (isOnTime(f)) onTime++;
  }
  return { expected: facts.length, submitted, onTime, rate: percent(submitted, facts.length), onTimeRate: percent(onTime, facts.length) };
}
