/**
 * In-app notifications: the list a user sees with its unread count. Every
 * reminder lands here; e-mail is an extra channel when SMTP is configured.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { notifications } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';

export interface NoticeInput {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

export async function notify(work: Work, userIds: readonly string[], notice: NoticeInput): Promise<number> {
  const rows = await work.write.insert(
    notifications,
    [...new Set(userIds)].map((userId) => ({ userId, ...notice })),
    { action: 'notification.create' },
  );
  return rows.length;
}

/**
 * One notice per row, each to its own user (reminders: every user gets their
 * own words). Bulk runs audit one summary row instead of one per notice.
 */
export async function notifyEach(work: Work, notices: readonly (NoticeInput & { userId: string })[], options: { action?: string; audit?: 'each' | 'summary' } = {}): Promise<number> {
  const rows = await work.write.insert(notifications, [...notices], { action: options.action ?? 'notification.create', audit: options.audit ?? 'each' });
  return rows.length;
}

export async function listNotifications(read: ReadTx, userId: string, options: { unreadOnly: boolean; limit: number }) {
  const [items, [counts]] = await Promise.all([
    read
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), options.unreadOnly ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.createdAt))
      .limit(options.limit),
    read.select({ unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number) }).from(notifications).where(eq(notifications.userId, userId)),
  ]);
  return { items, unread: counts?.unread ?? 0 };
}

/** Marks the user's notifications read (all, or the given ones). */
export async function markRead(work: Work, userId: string, ids: string[] | null): Promise<void> {
  const where = ids
    ? and(eq(notifications.userId, userId), isNull(notifications.readAt), sql`${notifications.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`)
    : and(eq(notifications.userId, userId), isNull(notifications.readAt));
  if (where) await work.write.updateWhere(notifications, where, { readAt: new Date() }, { action: 'notification.read' });
}
