/**
 * What a dashboard counts for a set of units (a unit's subtree, a group, a
 * plan): duties by status, reports expected/submitted/on time for a period,
 * and what is overdue now. Counts add up: the aggregate of a node is the sum
 * of its parts, so the server sums per-subtree counts from SQL and this
 * module turns them into rates and scores.
 *
 * Rates follow DHIS2 as core/reporting does (expected = obligations of the
 * period; submitted counts submitted or accepted; on time = first submitted
 * on or before the effective due date), with the same rounding.
 */
import { DUTY_STATUSES, type DutyStatus } from '../duty/index.ts';
import type { ReportingRate } from '../reporting/index.ts';

export type DutyStatusCounts = Record<DutyStatus, number>;

export interface ReportingCounts {
  expected: number;
  submitted: number;
  onTime: number;
}

export interface FactCounts {
  duties: DutyStatusCounts;
  /** Reports of the selected period. */
  reporting: ReportingCounts;
  /** Reports of any period past their due date, not submitted, entry still open. */
  overdueObligations: number;
}

export interface Summary {
  duties: { total: number; byStatus: DutyStatusCounts };
  reporting: ReportingRate;
  overdue: { duties: number; obligations: number; total: number };
  /** Share of duties done or still in time, in % (one decimal); null without duties. */
  dutiesOnTrack: number | null;
}

export function emptyDutyCounts(): DutyStatusCounts {
  return Object.fromEntries(DUTY_STATUSES.map((s) => [s, 0])) as DutyStatusCounts;
}

export function emptyCounts(): FactCounts {
  return { duties: emptyDutyCounts(), reporting: { expected: 0, submitted: 0, onTime: 0 }, overdueObligations: 0 };
}

export function addCounts(a: FactCounts, b: FactCounts): FactCounts {
  const duties = emptyDutyCounts();
  for (const s of DUTY_STATUSES) duties[s] = a.duties[s] + b.duties[s];
  return {
    duties,
    reporting: {
      expected: a.reporting.expected + b.reporting.expected,
      submitted: a.reporting.submitted + b.reporting.submitted,
      onTime: a.reporting.onTime + b.reporting.onTime,
    },
    overdueObligations: a.overdueObligations + b.overdueObligations,
  };
}

export function sumCounts(list: Iterable<FactCounts>): FactCounts {
  let total = emptyCounts();
  for (const c of list) total = addCounts(total, c);
  return total;
}

export function dutyTotal(c: DutyStatusCounts): number {
  return DUTY_STATUSES.reduce((n, s) => n + c[s], 0);
}

/** Any duty or report at all: nodes without are left out of drill-downs. */
export function hasFacts(c: FactCounts): boolean {
  return dutyTotal(c.duties) > 0 || c.reporting.expected > 0 || c.overdueObligations > 0;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function rateFromCounts(c: ReportingCounts): ReportingRate {
  return { expected: c.expected, submitted: c.submitted, onTime: c.onTime, rate: percent(c.submitted, c.expected), onTimeRate: percent(c.onTime, c.expected) };
}

/** Done (on time or late) or open and still in time: everything but "quá hạn". */
export function dutiesOnTrack(c: DutyStatusCounts): number | null {
  const total = dutyTotal(c);
  return percent(total - c['qua-han'], total);
}

export function summarize(c: FactCounts): Summary {
  return {
    duties: { total: dutyTotal(c.duties), byStatus: { ...c.duties } },
    reporting: rateFromCounts(c.reporting),
    overdue: { duties: c.duties['qua-han'], obligations: c.overdueObligations, total: c.duties['qua-han'] + c.overdueObligations },
    dutiesOnTrack: dutiesOnTrack(c.duties),
  };
}

/**
 * A plan's on-track score for the leadership view: the mean of its duties on
 * track and its reporting rate for the last closed period, of those that
 * exist (a plan without periodic reports is scored on its duties alone).
 */
export function onTrackScore(dutiesOnTrackPct: number | null, reportingRatePct: number | null): number | null {
  const parts = [dutiesOnTrackPct, reportingRatePct].filter((x): x is number => x !== null);
  if (parts.length === 0) return null;
  return Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 10) / 10;
}
