/**
 * Reporting at a glance: a unit's inbox of obligations, and the coordinator's
 * period board (units × obligations, reporting rate by period, who has not
 * reported).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { comparePeriods, obligationTiming, parsePeriodId, periodName, type ObligationStatus } from '../../../core/period/index.ts';
import { countsAsSubmitted, reportingRate, type ReportStatus } from '../../../core/reporting/index.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { obligations, plans, reminderLog, reportingDuties, reports, units, users } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { notFound } from '../../http/errors.ts';
import type { Scope } from '../scope.ts';
import { notify } from '../notifications.ts';
import { defaultPeriod } from '../../../core/dashboard/trend.ts';

interface Joined {
  o: typeof obligations.$inferSelect;
  unitName: string;
  planNumber: string | null;
  planTitle: string;
  reportStatus: ReportStatus | null;
  firstSubmittedOn: CivilDate | null;
}

function timingOf(j: Joined, today: CivilDate): ObligationStatus {
  const submitted = j.reportStatus !== null && countsAsSubmitted(j.reportStatus);
  return obligationTiming(j.o, {
    today,
    submittedOn: submitted ? j.firstSubmittedOn : null,
    exception: { dueDate: j.o.exceptionDueDate ?? undefined, lockDate: j.o.exceptionLockDate ?? undefined },
  });
}

function present(j: Joined, today: CivilDate) {
  return {
    id: j.o.id,
    planId: j.o.planId,
    planNumber: j.planNumber,
    planTitle: j.planTitle,
    unitId: j.o.unitId,
    unitName: j.unitName,
    periodId: j.o.periodId,
    periodLabel: periodName(j.o.periodId),
    windowStart: j.o.windowStart,
    windowEnd: j.o.windowEnd,
    dueDate: j.o.exceptionDueDate ?? j.o.dueDate,
    lockDate: j.o.exceptionLockDate ?? j.o.lockDate,
    hasException: !!(j.o.exceptionDueDate || j.o.exceptionLockDate),
    reportStatus: j.reportStatus,
    firstSubmittedOn: j.firstSubmittedOn,
    timing: timingOf(j, today),
  };
}

export type ObligationView = ReturnType<typeof present>;

async function joined(read: ReadTx, where: ReturnType<typeof and>): Promise<Joined[]> {
  return read
    .select({
      o: obligations,
      unitName: units.name,
      planNumber: plans.number,
      planTitle: plans.title,
      reportStatus: reports.status,
      firstSubmittedOn: reports.firstSubmittedOn,
    })
    .from(obligations)
    .innerJoin(units, eq(units.id, obligations.unitId))
    .innerJoin(plans, eq(plans.id, obligations.planId))
    .leftJoin(reports, eq(reports.obligationId, obligations.id))
    .where(where);
}

// Inbox order: returned reports first (someone is waiting for a correction),
// then overdue, due soon, not yet due, then done and locked.
const INBOX_RANK: Record<ObligationStatus | 'returned', number> = {
  returned: 0,
  overdue: 1,
  'due-soon': 2,
  'not-due': 3,
  'submitted-late': 4,
  'submitted-on-time': 5,
  locked: 6,
};

export async function listInbox(read: ReadTx, scope: Scope, q: { unitId?: string; planId?: string; today: CivilDate }) {
  if (q.unitId) scope.check(q.unitId);
  const ids = scope.list();
  const rows = await joined(
    read,
    and(
      q.unitId ? eq(obligations.unitId, q.unitId) : ids ? anyUuid(obligations.unitId, ids) : undefined,
      q.planId ? eq(obligations.planId, q.planId) : undefined,
      eq(plans.status, 'active'),
      isNull(obligations.transferredOn),
    ),
  );
  const views = rows.map((r) => present(r, q.today));
  const rank = (v: ObligationView) => INBOX_RANK[v.reportStatus === 'returned' ? 'returned' : v.timing];
  return views.sort((a, b) => rank(a) - rank(b) || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || compareVietnamese(a.unitName, b.unitName));
}

/** The period board of a plan: every unit's obligations for one period, and the rate of every period. */
export async function periodBoard(read: ReadTx, scope: Scope, planId: string, q: { periodId?: string; today: CivilDate }) {
  const [plan] = await read.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan');
  const ids = scope.list();
  // Obligations passed to a successor are expected of the successor, not counted twice.
  const all = await joined(read, and(eq(obligations.planId, planId), ids ? anyUuid(obligations.unitId, ids) : undefined, isNull(obligations.transferredOn)));
  const periodIds = [...new Set(all.map((r) => r.o.periodId))].sort((a, b) => {
    const pa = parsePeriodId(a);
    const pb = parsePeriodId(b);
    return pa && pb ? comparePeriods(pa, pb) : a.localeCompare(b);
  });
  // Default: the period whose window closed last (the same rule as the dashboards).
  const windows = periodIds.map((p) => ({ periodId: p, windowEnd: all.find((r) => r.o.periodId === p)?.o.windowEnd ?? q.today }));
  const periodId = q.periodId ?? defaultPeriod(windows, q.today);
  const rates = periodIds.map((p) => {
    const facts = all.filter((r) => r.o.periodId === p).map((r) => ({ dueDate: r.o.dueDate, exceptionDueDate: r.o.exceptionDueDate, status: r.reportStatus, firstSubmittedOn: r.firstSubmittedOn }));
    return { periodId: p, label: periodName(p), ...reportingRate(facts) };
  });
  const dutyRows = await read.select().from(reportingDuties).where(eq(reportingDuties.planId, planId)).orderBy(asc(reportingDuties.id));
  const rows = all.filter((r) => r.o.periodId === periodId).map((r) => present(r, q.today));
  rows.sort((a, b) => compareVietnamese(a.unitName, b.unitName));
  const missing = rows.filter((r) => r.reportStatus === null || !countsAsSubmitted(r.reportStatus));
  return {
    plan: { id: plan.id, number: plan.number, title: plan.title },
    periodId,
    periods: rates,
    reportingDuties: dutyRows.map((d) => ({ id: d.id, cadence: d.cadence, text: d.text })),
    rows: rows.map((r) => ({ ...r, reportingDutyId: all.find((a) => a.o.id === r.id)?.o.reportingDutyId ?? null })),
    notReported: missing.map((m) => ({ obligationId: m.id, unitId: m.unitId, unitName: m.unitName, timing: m.timing, reportStatus: m.reportStatus })),
  };
}

/**
 * "Nhắc báo cáo": an in-app notice to the reporters and leaders of each unit
 * that has not reported, recorded in the reminder log beside the scheduled
 * reminders (the log is what was sent to whom). Its key carries the moment,
 * so the office may remind again the same day.
 */
export async function remindUnits(work: Work, scope: Scope, obligationIds: string[], at: { now: Date; today: CivilDate }) {
  if (obligationIds.length === 0) return { notified: 0 };
  const rows = await joined(work.read, and(inArray(obligations.id, obligationIds)));
  for (const r of rows) scope.check(r.o.unitId);
  let notified = 0;
  for (const r of rows) {
    if (r.reportStatus !== null && countsAsSubmitted(r.reportStatus)) continue;
    const recipients = await work.read
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.unitId, r.o.unitId), eq(users.active, true), inArray(users.role, ['reporter', 'leader'])));
    const title = `Nhắc nộp báo cáo ${periodName(r.o.periodId)}`;
    notified += await notify(
      work,
      recipients.map((u) => u.id),
      {
        kind: 'report.remind',
        title,
        body: `Kế hoạch ${r.planNumber ?? ''}: đơn vị ${r.unitName} chưa gửi báo cáo (hạn ${(r.o.exceptionDueDate ?? r.o.dueDate).split('-').reverse().join('/')}).`,
        link: `/bao-cao/${r.o.id}`,
      },
    );
    if (recipients.length > 0) {
      await work.write.insert(
        reminderLog,
        recipients.map((u) => ({ targetKind: 'obligation', targetId: r.o.id, reminderKey: `thu-cong-${at.now.getTime()}`, userId: u.id, channel: 'app', forDate: at.today, status: 'sent', subject: title })),
        { action: 'reminder.manual', audit: 'summary' },
      );
    }
  }
  return { notified };
}
