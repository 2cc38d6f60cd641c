/**
 * Reports of the synthetic obligations, written directly (not through the
 * HTTP flow) but meaning what the flow would have written: a report row
 * with its status, first submission day and version count; one immutable
 * `report_versions` row per submission; one `report_events` row per
 * transition (submit, return, resubmit, accept) with its actor.
 *
 * Outcomes by period: closed periods are mostly on time, some late, some
 * returned (most resubmitted), some missing — more missing in the latest
 * closed periods, as offices find when they chase reports; the current
 * period (not yet due) has a few early reports and some drafts; the next
 * period (the horizon) has none.
 */
import { addDays, type CivilDate } from '../../../core/civil-date.ts';
import type { ReportContent, ReportStatus } from '../../../core/reporting/index.ts';
import type { reportEvents, reports, reportVersions } from '../../db/schema/index.ts';
import type { Random } from './prng.ts';
import type { PlanRows } from './plans.ts';
import { reportIndicators, reportNarratives, RETURN_COMMENTS } from './texts.ts';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface ReportRows {
  reports: Insert<typeof reports>[];
  versions: Insert<typeof reportVersions>[];
  events: Insert<typeof reportEvents>[];
}

/** An instant on a civil day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function at(day: CivilDate, rng: Random): Date {
  const hh = String(rng.int(7, 17)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+07:00`);
}

/** The event after `prev`: on `day`, and never before `prev` (history reads in order). */
function after(prev: Date, day: CivilDate, rng: Random): Date {
  const t = at(day, rng);
  return t > prev ? t : new Date(prev.getTime() + rng.int(10, 120) * 60_000);
}

const minDay = (a: CivilDate, b: CivilDate) => (a < b ? a : b);

function dayBetween(rng: Random, from: CivilDate, to: CivilDate): CivilDate {
  if (to <= from) return from;
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, rng.int(0, span));
}

/** Share of missing reports in a closed period, by how many closed periods ago it was (0 = the latest). */
function missingShare(age: number): number {
  return [0.3, 0.16, 0.1, 0.07][age] ?? 0.05;
}

export function buildReports(rng: Random, plans: PlanRows, today: CivilDate): ReportRows {
  const out: ReportRows = { reports: [], versions: [], events: [] };
  // Closed periods newest first: their position is their age.
  const closed = plans.periods.filter((p) => p.dueDate < today).map((p) => p.periodId).reverse();
  const age = new Map<string, number>(closed.map((id, i) => [id, i]));
  const byPlan = new Map(plans.synPlans.map((p) => [p.id, p]));

  for (const o of plans.obligations) {
    const plan = byPlan.get(o.planId);
    const submitter = plan?.submitterOf.get(o.unitId);
    if (!plan || !submitter) continue;
    if (o.windowStart > today) continue; // the next period: nothing yet
    const content = (): ReportContent => ({ narratives: reportNarratives(rng, plan.areaKeys, plan.unitNames.get(o.unitId) ?? 'Đơn vị'), indicators: reportIndicators(rng) });
    const reportId = rng.uuid();
    const base = { id: reportId, obligationId: o.id, unitId: o.unitId, planId: o.planId, periodId: o.periodId, updatedBy: submitter };
    const events: Insert<typeof reportEvents>[] = [];
    const versions: Insert<typeof reportVersions>[] = [];
    let clock = new Date(0);
    const submit = (day: CivilDate, from: ReportStatus, body: ReportContent): Date => {
      const when = after(clock, day, rng);
      clock = when;
      versions.push({ reportId, number: versions.length + 1, content: body, submittedBy: submitter, submittedOn: day, createdAt: when });
      events.push({ reportId, action: 'submit', fromStatus: from, toStatus: 'submitted', versionNumber: versions.length, actorId: submitter, createdAt: when });
      return when;
    };
    const latestOpenDay = minDay(o.lockDate, addDays(today, -1));

    if (o.dueDate >= today) {
      // The current period: due later. A few report early, some have a draft, most nothing yet.
      const roll = rng.float();
      if (roll < 0.1 && o.windowEnd < today) {
        const day = dayBetween(rng, o.windowEnd, addDays(today, -1));
        const body = content();
        const when = submit(day, 'draft', body);
        out.reports.push({ ...base, status: 'submitted', content: body, firstSubmittedOn: day, lastSubmittedAt: when, versionCount: 1, version: 2, createdAt: when, updatedAt: when });
      } else if (roll < 0.25) {
        const when = at(dayBetween(rng, o.windowStart, addDays(today, -1)), rng);
        out.reports.push({ ...base, status: 'draft', content: { narratives: reportNarratives(rng, plan.areaKeys, plan.unitNames.get(o.unitId) ?? 'Đơn vị'), indicators: {} }, versionCount: 0, version: 1, createdAt: when, updatedAt: when });
      }
      out.versions.push(...versions);
      out.events.push(...events);
      continue;
    }

    const roll = rng.float();
    const missing = missingShare(age.get(o.periodId) ?? 0);
    if (roll < missing) {
      // Missing: most have nothing at all, some an unsent draft.
      if (rng.chance(0.3)) {
        const when = at(dayBetween(rng, o.windowEnd, o.dueDate), rng);
        out.reports.push({ ...base, status: 'draft', content: content(), versionCount: 0, version: 1, createdAt: when, updatedAt: when });
      }
      continue;
    }
    const late = roll < missing + 0.1 && addDays(o.dueDate, 1) <= latestOpenDay;
    const firstDay = late ? dayBetween(rng, addDays(o.dueDate, 1), latestOpenDay) : dayBetween(rng, addDays(o.windowEnd, -3), o.dueDate);
    const first = content();
    const createdAt = at(addDays(firstDay, -rng.int(0, 3)), rng);
    clock = createdAt;
    let last = submit(firstDay, 'draft', first);
    let status: ReportStatus = 'submitted';
    let saves = 1; // the first save created the row (version 1); each transition adds one
    let body = first;

    if (rng.chance(0.05)) {
      // Returned by the receiving office: most units correct and resubmit, some have not yet.
      const returnDay = minDay(addDays(firstDay, rng.int(1, 3)), addDays(today, -1));
      const returnedAt = after(clock, returnDay, rng);
      clock = returnedAt;
      events.push({ reportId, action: 'return', fromStatus: 'submitted', toStatus: 'returned', versionNumber: null, comment: rng.pick(RETURN_COMMENTS), actorId: plan.reviewerId, createdAt: returnedAt });
      status = 'returned';
      saves++;
      const resubmitDay = addDays(returnDay, rng.int(1, 4));
      if (rng.chance(0.7) && resubmitDay <= latestOpenDay) {
        body = { ...first, narratives: { ...first.narratives, 'kho-khan': `${first.narratives['kho-khan'] ?? ''} Đã bổ sung theo ý kiến của cơ quan tiếp nhận.`.trim() } };
        saves++; // the corrected draft was saved before resubmitting
        last = submit(resubmitDay, 'returned', body);
        status = 'submitted';
        saves++;
      }
      if (status === 'returned') last = returnedAt;
    }
    if (status === 'submitted' && rng.chance(0.5)) {
      const acceptDay = minDay(addDays(firstDay, rng.int(2, 10)), addDays(today, -1));
      const acceptedAt = after(clock, acceptDay, rng);
      clock = acceptedAt;
      events.push({ reportId, action: 'accept', fromStatus: 'submitted', toStatus: 'accepted', versionNumber: null, actorId: plan.reviewerId, createdAt: acceptedAt });
      status = 'accepted';
      saves++;
      if (acceptedAt > last) last = acceptedAt;
    }
    const lastVersion = versions[versions.length - 1];
    out.reports.push({
      ...base,
      status,
      content: body,
      firstSubmittedOn: firstDay,
      lastSubmittedAt: lastVersion?.createdAt ?? null,
      versionCount: versions.length,
      version: saves + 1,
      createdAt,
      updatedAt: last,
    });
    out.versions.push(...versions);
    out.events.push(...events);
  }
  return out;
}
