/**
 * Reporting rate per period with its trend, and the period a dashboard shows
 * by default.
 */
import type { CivilDate } from '../civil-date.ts';
import { comparePeriods, parsePeriodId, periodLabel, type PeriodType } from '../period/index.ts';
import type { ReportingRate } from '../reporting/index.ts';
import { rateFromCounts, type ReportingCounts } from './aggregate.ts';

export interface PeriodRate extends ReportingRate {
  periodId: string;
  label: string;
  type: PeriodType | null;
  /** Change of the rate since the previous period of the same type, in percentage points. */
  delta: number | null;
}

function order(a: string, b: string): number {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  return pa && pb ? comparePeriods(pa, pb) : a.localeCompare(b);
}

/** Rates in period order (by type, then time), each with its change since the previous period of its type. */
export function rateTrend(rows: readonly { periodId: string; counts: ReportingCounts }[]): PeriodRate[] {
  const sorted = [...rows].sort((a, b) => order(a.periodId, b.periodId));
  const previous = new Map<string, number | null>();
  return sorted.map((r) => {
    const period = parsePeriodId(r.periodId);
    const rate = rateFromCounts(r.counts);
    const typeKey = period?.type ?? '?';
    const before = previous.get(typeKey);
    previous.set(typeKey, rate.rate);
    const delta = before !== undefined && before !== null && rate.rate !== null ? Math.round((rate.rate - before) * 10) / 10 : null;
    return { periodId: r.periodId, label: period ? periodLabel(period) : r.periodId, type: period?.type ?? null, ...rate, delta };
  });
}

/**
 * The period shown by default: of those whose reporting window has closed
 * before today, the one that closed last (ties: the more frequent cadence,
 * e.g. 2019H2 before the year 2019); when none has closed, the earliest.
 */
export function defaultPeriod(periods: readonly { periodId: string; windowEnd: CivilDate }[], today: CivilDate): string | null {
  const closed = periods.filter((p) => p.windowEnd < today);
  if (closed.length === 0) return [...periods].sort((a, b) => (a.windowEnd < b.windowEnd ? -1 : a.windowEnd > b.windowEnd ? 1 : order(a.periodId, b.periodId)))[0]?.periodId ?? null;
  return [...closed].sort((a, b) => (a.windowEnd > b.windowEnd ? -1 : a.windowEnd < b.windowEnd ? 1 : order(a.periodId, b.periodId)))[0]?.periodId ?? null;
}
