/**
 * What every consolidated report gathers from the units' reports: who counts
 * (submitted or accepted, as for the reporting rate), who was late or has
 * not reported, and the narratives under each part of the form.
 */
import { daysBetween } from '../civil-date.ts';
import { parsePeriodId, periodExtent, periodName } from '../period/index.ts';
import { countsAsSubmitted, DIFFICULTIES_KEY, isOnTime, PROPOSALS_KEY, reportingRate } from '../reporting/index.ts';
import { compareVietnamese } from '../text/vietnamese.ts';
import { markedPassage } from './html.ts';
import type { DraftSection, LateUnit, MissingUnit, PeriodRate, SectionLevel, UnitReport } from './types.ts';

export { DIFFICULTIES_KEY, PROPOSALS_KEY };

/** Keys of the generated sections besides the plan's content areas ("area:<id>"). */
export const SECTION_KEYS = {
  opening: 'mo-dau',
  results: 'ket-qua',
  duties: 'nhiem-vu',
  indicators: 'chi-tieu',
  difficulties: DIFFICULTIES_KEY,
  proposals: PROPOSALS_KEY,
  lessons: 'bai-hoc',
  nextSteps: 'phuong-huong',
} as const;

/** Only submitted and accepted reports count (a returned one is back with the unit). */
export function counts(r: UnitReport): boolean {
  return r.status !== null && countsAsSubmitted(r.status);
}


/** Periods in time order: by the day they end, the shorter first (2020H1, 2020H2, then the year 2020). */
export function sortPeriodIds(ids: readonly string[]): string[] {
  const key = (id: string) => {
    const p = parsePeriodId(id);
    return p ? periodExtent(p) : null;
  };
  return [...new Set(ids)].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (!ka || !kb) return a.localeCompare(b);
    return ka.end.localeCompare(kb.end) || kb.start.localeCompare(ka.start);
  });
}

export function byUnitOrder(a: { sortOrder: number; unitName: string }, b: { sortOrder: number; unitName: string }): number {
  return a.sortOrder - b.sortOrder || compareVietnamese(a.unitName, b.unitName);
}

/** By unit, then by period in time order. */
export function sortReports(reports: readonly UnitReport[]): UnitReport[] {
  const order = new Map(sortPeriodIds(reports.map((r) => r.periodId)).map((id, i) => [id, i]));
  return [...reports].sort((a, b) => byUnitOrder(a, b) || (order.get(a.periodId) ?? 0) - (order.get(b.periodId) ?? 0));
}

export function lateUnits(reports: readonly UnitReport[]): LateUnit[] {
  const out: LateUnit[] = [];
  for (const r of reports) {
    if (!counts(r) || r.firstSubmittedOn === null) continue;
    if (isOnTime({ dueDate: r.dueDate, status: r.status, firstSubmittedOn: r.firstSubmittedOn })) continue;
    out.push({ unitId: r.unitId, unitName: r.unitName, periodId: r.periodId, dueDate: r.dueDate, submittedOn: r.firstSubmittedOn, daysLate: daysBetween(r.dueDate, r.firstSubmittedOn) });
  }
  return out;
}

export function missingUnits(reports: readonly UnitReport[]): MissingUnit[] {
  return reports.filter((r) => !counts(r)).map((r) => ({ unitId: r.unitId, unitName: r.unitName, periodId: r.periodId, dueDate: r.dueDate, status: r.status }));
}

export function rateOf(periodId: string, reports: readonly UnitReport[]): PeriodRate {
  const facts = reports.filter((r) => r.periodId === periodId).map((r) => ({ dueDate: r.dueDate, status: r.status, firstSubmittedOn: r.firstSubmittedOn }));
  return { periodId, label: periodName(periodId), ...reportingRate(facts) };
}

/**
 * The passages of one part of the form, each marked with its unit (and its
 * period, in a review), in the units' order.
 */
export function passages(reports: readonly UnitReport[], key: string, withPeriod: boolean): string {
  return reports
    .filter(counts)
    .map((r) => {
      const text = r.content?.narratives[key];
      if (!text?.trim()) return '';
      return markedPassage(withPeriod ? `${r.unitName} (${periodName(r.periodId)})` : r.unitName, text);
    })
    .join('');
}

export function section(key: string, title: string, level: SectionLevel, html: string): DraftSection {
  return { key, title, level, html, generatedHtml: html, baseGeneratedHtml: null, edited: false, stale: false };
}

/** "A, B và C". */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
