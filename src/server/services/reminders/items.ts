/**
 * What the reminder engine needs from the database: the open items near
 * their deadlines, the people of their units with their preferences, and the
 * plans' rules and coordinators. A handful of set-based queries, whatever the
 * number of units.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../core/access/roles.ts';
import { addDays, type CivilDate } from '../../../core/civil-date.ts';
import { effectiveDates, periodName } from '../../../core/period/index.ts';
import { REPORT_STATUSES, countsAsSubmitted } from '../../../core/reporting/index.ts';
import { REMINDER_RULE_LIMITS, effectiveRules, type ReminderItem, type ReminderItemKind, type ReminderPlan, type ReminderRecipient } from '../../../core/reminders/index.ts';
import { duties, obligations, plans, reports, units, userPreferences, users } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { rulesByPlan } from './rules.ts';

export const SUBMITTED_STATUSES = REPORT_STATUSES.filter(countsAsSubmitted);

export const obligationLink = (id: string) => `/bao-cao/${id}`;
export const dutyLink = (id: string) => `/nhiem-vu/${id}`;

type ObligationJoin = {
  o: typeof obligations.$inferSelect;
  unitName: string;
  planNumber: string | null;
  planTitle: string;
  reportStatus: string | null;
};

function obligationItem(r: ObligationJoin): ReminderItem {
  const { dueDate, lockDate } = effectiveDates(r.o, { dueDate: r.o.exceptionDueDate ?? undefined, lockDate: r.o.exceptionLockDate ?? undefined });
  return {
    kind: 'obligation',
    id: r.o.id,
    planId: r.o.planId,
    planNumber: r.planNumber,
    planTitle: r.planTitle,
    unitId: r.o.unitId,
    unitName: r.unitName,
    title: `báo cáo ${periodName(r.o.periodId)}`,
    dueDate,
    lockDate,
    done: r.reportStatus !== null && (SUBMITTED_STATUSES as readonly string[]).includes(r.reportStatus),
    link: obligationLink(r.o.id),
  };
}

type DutyJoin = { d: typeof duties.$inferSelect; unitName: string; planNumber: string | null; planTitle: string };

function dutyItem(r: DutyJoin): ReminderItem | null {
  if (!r.d.deadline) return null;
  return {
    kind: 'duty',
    id: r.d.id,
    planId: r.d.planId,
    planNumber: r.planNumber,
    planTitle: r.planTitle,
    unitId: r.d.unitId,
    unitName: r.unitName,
    title: r.d.text,
    dueDate: r.d.deadline,
    lockDate: null,
    done: r.d.completedOn !== null,
    link: dutyLink(r.d.id),
  };
}

const obligationFields = { o: obligations, unitName: units.name, planNumber: plans.number, planTitle: plans.title, reportStatus: reports.status };
const dutyFields = { d: duties, unitName: units.name, planNumber: plans.number, planTitle: plans.title };

/**
 * Open items whose reminders may be due around `today`: reports not yet
 * submitted, not transferred, from the earliest "before" notice to the lock
 * date; duties not done with a deadline, up to the longest duty window.
 */
export async function openItems(read: ReadTx, today: CivilDate, planId?: string): Promise<ReminderItem[]> {
  const earliestNotice = addDays(today, REMINDER_RULE_LIMITS.beforeDays.max);
  const oldestDuty = addDays(today, -REMINDER_RULE_LIMITS.dutyOverdueDays.max);
  const [obligationRows, dutyRows] = await Promise.all([
    read
      .select(obligationFields)
      .from(obligations)
      .innerJoin(units, eq(units.id, obligations.unitId))
      .innerJoin(plans, eq(plans.id, obligations.planId))
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(
        and(
          eq(plans.status, 'active'),
          planId ? eq(plans.id, planId) : undefined,
          isNull(obligations.transferredOn),
          sql`coalesce(${obligations.exceptionDueDate}, ${obligations.dueDate}) <= ${earliestNotice}`,
          sql`greatest(coalesce(${obligations.exceptionLockDate}, ${obligations.lockDate}), coalesce(${obligations.exceptionDueDate}, ${obligations.dueDate})) >= ${today}`,
          sql`(${reports.status} IS NULL OR NOT (${reports.status} = ANY(${`{${SUBMITTED_STATUSES.join(',')}}`}::text[])))`,
        ),
      ),
    read
      .select(dutyFields)
      .from(duties)
      .innerJoin(units, eq(units.id, duties.unitId))
      .innerJoin(plans, eq(plans.id, duties.planId))
      .where(
        and(
          eq(plans.status, 'active'),
          planId ? eq(plans.id, planId) : undefined,
          isNull(duties.transferredOn),
          isNull(duties.completedOn),
          sql`${duties.deadline} BETWEEN ${oldestDuty} AND ${earliestNotice}`,
        ),
      ),
  ]);
  return [...obligationRows.map(obligationItem), ...dutyRows.flatMap((r) => dutyItem(r) ?? [])];
}

/** Items by reference, whatever their dates (a failed e-mail being retried). */
export async function itemsByRef(read: ReadTx, refs: readonly { kind: ReminderItemKind; id: string }[]): Promise<Map<string, ReminderItem>> {
  const ids = (kind: ReminderItemKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const [o, d] = [ids('obligation'), ids('duty')];
  const [obligationRows, dutyRows] = await Promise.all([
    o.length
      ? read
          .select(obligationFields)
          .from(obligations)
          .innerJoin(units, eq(units.id, obligations.unitId))
          .innerJoin(plans, eq(plans.id, obligations.planId))
          .leftJoin(reports, eq(reports.obligationId, obligations.id))
          .where(anyUuid(obligations.id, o))
      : [],
    d.length ? read.select(dutyFields).from(duties).innerJoin(units, eq(units.id, duties.unitId)).innerJoin(plans, eq(plans.id, duties.planId)).where(anyUuid(duties.id, d)) : [],
  ]);
  const out = new Map<string, ReminderItem>();
  for (const r of obligationRows) out.set(`obligation:${r.o.id}`, obligationItem(r));
  for (const r of dutyRows) {
    const item = dutyItem(r);
    if (item) out.set(`duty:${item.id}`, item);
  }
  return out;
}

export type RecipientRow = ReminderRecipient & { unitId: string; active: boolean };

/** Users with their preferences (defaults when they never set them). */
export async function recipients(read: ReadTx, where: { unitIds?: readonly string[]; userIds?: readonly string[]; roles?: readonly Role[] }): Promise<RecipientRow[]> {
  if ((where.unitIds && where.unitIds.length === 0) || (where.userIds && where.userIds.length === 0)) return [];
  const rows = await read
    .select({
      userId: users.id,
      name: users.displayName,
      role: users.role,
      email: users.email,
      unitId: users.unitId,
      active: users.active,
      emailReminders: userPreferences.emailReminders,
      dailyDigest: userPreferences.dailyDigest,
    })
    .from(users)
    .leftJoin(userPreferences, eq(userPreferences.userId, users.id))
    .where(
      and(
        where.unitIds ? anyUuid(users.unitId, where.unitIds) : undefined,
        where.userIds ? anyUuid(users.id, where.userIds) : undefined,
        where.roles ? inArray(users.role, [...where.roles]) : undefined,
      ),
    );
  return rows.map((r) => ({ ...r, role: r.role as Role, email: r.email?.trim() || null, emailReminders: r.emailReminders ?? true, dailyDigest: r.dailyDigest ?? false }));
}

export interface EngineData {
  items: ReminderItem[];
  plans: ReminderPlan[];
  usersByUnit: Map<string, ReminderRecipient[]>;
}

/** Everything the engine needs for `today`, optionally for one plan. */
export async function loadEngineData(read: ReadTx, today: CivilDate, planId?: string): Promise<EngineData> {
  const items = await openItems(read, today, planId);
  const planIds = [...new Set(items.map((i) => i.planId))];
  if (planIds.length === 0) return { items, plans: [], usersByUnit: new Map() };
  const planRows = await read.select({ id: plans.id, ownerUnitId: plans.ownerUnitId, coordinatorUnitId: plans.coordinatorUnitId }).from(plans).where(anyUuid(plans.id, planIds));
  const officeOf = new Map(planRows.map((p) => [p.id, p.coordinatorUnitId ?? p.ownerUnitId]));
  const [rules, unitPeople, officePeople] = await Promise.all([
    rulesByPlan(read, planIds),
    recipients(read, { unitIds: [...new Set(items.map((i) => i.unitId))], roles: ['reporter', 'leader'] }),
    recipients(read, { unitIds: [...new Set(officeOf.values())], roles: ['coordinator'] }),
  ]);
  const usersByUnit = new Map<string, ReminderRecipient[]>();
  for (const u of unitPeople.filter((p) => p.active)) usersByUnit.set(u.unitId, [...(usersByUnit.get(u.unitId) ?? []), u]);
  const plansOut: ReminderPlan[] = planIds.map((id) => ({
    id,
    rules: rules.get(id) ?? effectiveRules(null),
    coordinators: officePeople.filter((p) => p.active && p.unitId === officeOf.get(id)),
  }));
  return { items, plans: plansOut, usersByUnit };
}
