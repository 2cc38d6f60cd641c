/**
 * The reminder log as the coordinating office reads it: what was sent to
 * whom, when, by which channel, and how it went.
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { periodName } from '../../../core/period/index.ts';
import { REMINDER_CHANNELS, reminderChannelLabel, reminderLogStatusLabel, shorten, type ReminderChannel, type ReminderLogStatus, REMINDER_LOG_STATUSES } from '../../../core/reminders/index.ts';
import { duties, obligations, plans, reminderLog, units, users } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx } from '../../db/uow.ts';
import { subtreeIds, type Scope } from '../scope.ts';
import { dutyLink, obligationLink } from './items.ts';

export interface LogQuery {
  planId?: string;
  /** The unit and the units beneath it. */
  unitId?: string;
  status?: ReminderLogStatus;
  channel?: ReminderChannel;
  limit: number;
}

const itemUnit = sql`coalesce(${obligations.unitId}, ${duties.unitId})`;
const itemPlan = sql`coalesce(${obligations.planId}, ${duties.planId})`;

function asStatus(s: string): ReminderLogStatus {
  return (REMINDER_LOG_STATUSES as readonly string[]).includes(s) ? (s as ReminderLogStatus) : 'failed';
}
function asChannel(c: string): ReminderChannel {
  return (REMINDER_CHANNELS as readonly string[]).includes(c) ? (c as ReminderChannel) : 'app';
}

export async function listReminderLog(read: ReadTx, scope: Scope, q: LogQuery) {
  if (q.unitId) scope.check(q.unitId);
  const conditions: (SQL | undefined)[] = [
    q.planId ? sql`${itemPlan} = ${q.planId}` : undefined,
    q.status ? eq(reminderLog.status, q.status) : undefined,
    q.channel ? eq(reminderLog.channel, q.channel) : undefined,
  ];
  if (q.unitId) conditions.push(anyUuid(itemUnit, await subtreeIds(read, q.unitId)));
  const ids = scope.list();
  if (ids) conditions.push(anyUuid(itemUnit, ids));
  const rows = await read
    .select({
      log: reminderLog,
      userName: users.displayName,
      userEmail: users.email,
      unitId: units.id,
      unitName: units.name,
      planId: plans.id,
      planNumber: plans.number,
      periodId: obligations.periodId,
      dutyText: duties.text,
    })
    .from(reminderLog)
    .innerJoin(users, eq(users.id, reminderLog.userId))
    .leftJoin(obligations, and(eq(reminderLog.targetKind, 'obligation'), eq(obligations.id, reminderLog.targetId)))
    .leftJoin(duties, and(eq(reminderLog.targetKind, 'duty'), eq(duties.id, reminderLog.targetId)))
    .innerJoin(units, sql`${units.id} = ${itemUnit}`)
    .innerJoin(plans, sql`${plans.id} = ${itemPlan}`)
    .where(and(...conditions))
    .orderBy(desc(reminderLog.createdAt), desc(reminderLog.id))
    .limit(q.limit);
  return {
    entries: rows.map((r) => {
      const status = asStatus(r.log.status);
      const channel = asChannel(r.log.channel);
      return {
        id: r.log.id,
        createdAt: r.log.createdAt,
        forDate: r.log.forDate,
        targetKind: r.log.targetKind,
        targetId: r.log.targetId,
        itemTitle: r.log.targetKind === 'obligation' ? `Báo cáo ${periodName(r.periodId ?? '')}` : shorten(r.dutyText ?? '', 120),
        link: r.log.targetKind === 'obligation' ? obligationLink(r.log.targetId) : dutyLink(r.log.targetId),
        planId: r.planId,
        planNumber: r.planNumber,
        unitId: r.unitId,
        unitName: r.unitName,
        reminderKey: r.log.reminderKey,
        channel,
        channelLabel: reminderChannelLabel(channel),
        status,
        statusLabel: reminderLogStatusLabel(status),
        error: r.log.error,
        subject: r.log.subject,
        recipient: { userId: r.log.userId, name: r.userName, email: r.userEmail },
      };
    }),
  };
}
