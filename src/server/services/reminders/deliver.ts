/**
 * Delivering reminders exactly once, even with several server processes on
 * one database.
 *
 * The reminder log has a unique key (item, reminder key, user, channel). A
 * reminder is sent only by the transaction whose INSERT of that key
 * succeeded (`insertMissing`: only the rows inserted come back):
 *
 *  - In the app: the log row and the notification are written in the same
 *    transaction. Either both exist or neither: exactly once.
 *
 *  - By e-mail: the log row is inserted and the message handed to the SMTP
 *    server inside one transaction, which commits after the server accepted
 *    it (status 'sent') or refused it (status 'failed', with the error). A
 *    second process inserting the same key waits on the unique index until
 *    the first commits, then inserts nothing and sends nothing. Messages are
 *    claimed in one global order (by user, then item), so two processes never
 *    wait on each other in a cycle.
 *
 *    The one window left: the SMTP server accepted the message and the
 *    process died (or the database failed) before COMMIT. The insert is rolled
 *    back and the next run sends the reminder again. A rare duplicate e-mail
 *    was preferred to a reminder silently lost; an 'in flight' status would
 *    need a claim time on the log row to expire it safely (see the report).
 *
 *  - Retry: a later run claims 'failed' rows with a conditional UPDATE
 *    (failed → sent) in a transaction that again holds the claim while
 *    sending; a concurrent retrier's UPDATE waits for it and then no longer
 *    matches. A retry that fails puts the row back to 'failed'. A retry that
 *    finds nothing left to remind of (submitted, done, no address) marks it
 *    'cancelled'; failures older than RETRY_DAYS are cancelled unsent.
 *
 * A dead mail server costs one timeout per run: after a connection error the
 * remaining messages of the run are recorded as failed without trying.
 */
import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { addDays, type CivilDate } from '../../../core/civil-date.ts';
import {
  composeDigest,
  composeReminder,
  parseMilestoneKey,
  type DueReminder,
  type ReminderChannel,
  type ReminderItem,
  type ReminderItemKind,
  type ReminderRecipient,
} from '../../../core/reminders/index.ts';
import type { Db } from '../../db/client.ts';
import { reminderLog } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import { inTransaction, reader, type Actor, type Work } from '../../db/uow.ts';
import { notifyEach } from '../notifications.ts';
import { itemsByRef, recipients, type RecipientRow } from './items.ts';
import { errorText, isConnectionError, type Mailer } from './mailer.ts';

/** Failed e-mails are retried for this many days after the day they were for. */
export const RETRY_DAYS = 3;
const APP_CHUNK = 200;

export interface DeliveryContext {
  db: Db;
  /** The admin who pressed "run now", or null for the scheduled job. */
  actor: Actor | null;
  today: CivilDate;
  mailer: Mailer | null;
  publicUrl: string | null;
}

type LogRow = typeof reminderLog.$inferSelect;

/** `and` of conditions that are all present (drizzle types `and` as possibly undefined). */
function allOf(...parts: SQL[]): SQL {
  const where = and(...parts);
  if (!where) throw new Error('empty condition');
  return where;
}
const keyOf = (kind: string, id: string, key: string, userId: string, channel: string) => `${kind}|${id}|${key}|${userId}|${channel}`;
const rowKey = (r: Pick<LogRow, 'targetKind' | 'targetId' | 'reminderKey' | 'userId' | 'channel'>) => keyOf(r.targetKind, r.targetId, r.reminderKey, r.userId, r.channel);
const dueKey = (r: DueReminder, channel: ReminderChannel) => keyOf(r.item.kind, r.item.id, r.key, r.recipient.userId, channel);

function logRow(r: DueReminder, channel: ReminderChannel, today: CivilDate, failure?: string): typeof reminderLog.$inferInsert {
  return {
    targetKind: r.item.kind,
    targetId: r.item.id,
    reminderKey: r.key,
    userId: r.recipient.userId,
    channel,
    forDate: today,
    status: failure === undefined ? 'sent' : 'failed',
    error: failure ?? null,
    subject: r.subject,
  };
}

/** In-app notices: the log rows and the notifications in one transaction per chunk. */
export async function deliverInApp(ctx: DeliveryContext, due: readonly DueReminder[]): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < due.length; i += APP_CHUNK) {
    const chunk = due.slice(i, i + APP_CHUNK);
    delivered += await inTransaction(ctx.db, ctx.actor, async (work) => {
      const inserted = await work.write.insertMissing(reminderLog, chunk.map((r) => logRow(r, 'app', ctx.today)), { action: 'reminder.app', audit: 'summary' });
      const won = new Set(inserted.map(rowKey));
      const mine = chunk.filter((r) => won.has(dueKey(r, 'app')));
      await notifyEach(
        work,
        mine.map((r) => ({ userId: r.recipient.userId, kind: 'reminder', title: r.subject, body: r.notice, link: r.item.link })),
        { action: 'notification.reminder', audit: 'summary' },
      );
      return mine.length;
    });
  }
  return delivered;
}

interface Message {
  recipient: ReminderRecipient;
  reminders: DueReminder[];
  digest: boolean;
}

/** One message per reminder, or one a day per digest user; in user order, then the engine's order. */
export function emailMessages(due: readonly DueReminder[]): Message[] {
  const byUser = new Map<string, DueReminder[]>();
  for (const r of due) if (r.channels.includes('email')) byUser.set(r.recipient.userId, [...(byUser.get(r.recipient.userId) ?? []), r]);
  const out: Message[] = [];
  for (const userId of [...byUser.keys()].sort()) {
    const list = byUser.get(userId) ?? [];
    const first = list[0];
    if (!first) continue;
    if (first.recipient.dailyDigest) out.push({ recipient: first.recipient, reminders: list, digest: true });
    else for (const r of list) out.push({ recipient: r.recipient, reminders: [r], digest: false });
  }
  return out;
}

function compose(recipient: { name: string }, entries: readonly { subject: string; text: string; link: string }[], digest: boolean, ctx: DeliveryContext) {
  if (!digest && entries.length === 1 && entries[0]) return { subject: entries[0].subject, text: entries[0].text };
  return composeDigest(recipient.name, entries, ctx.today, ctx.publicUrl);
}

export interface EmailTally {
  sent: number;
  failed: number;
  /** Messages whose every reminder had already gone out (a rerun, another process). */
  alreadySent: number;
  /** Transactions that failed (deadlock, lost connection): nothing recorded, the next run tries again. */
  errors: number;
}

async function markFailed(work: Work, ids: readonly string[], error: string): Promise<void> {
  if (ids.length) await work.write.updateWhere(reminderLog, anyUuid(reminderLog.id, ids), { status: 'failed', error }, { action: 'reminder.email-failed' });
}

export async function deliverEmail(ctx: DeliveryContext, due: readonly DueReminder[]): Promise<EmailTally> {
  const tally: EmailTally = { sent: 0, failed: 0, alreadySent: 0, errors: 0 };
  const mailer = ctx.mailer;
  if (!mailer) return tally;
  let down: string | null = null;
  for (const m of emailMessages(due)) {
    const email = m.recipient.email;
    if (!email) continue;
    try {
      await inTransaction(ctx.db, ctx.actor, async (work) => {
        const failure = down === null ? undefined : `Chưa gửi vì máy chủ thư lỗi: ${down}`;
        const rows = m.reminders.map((r) => logRow(r, 'email', ctx.today, failure));
        const inserted = await work.write.insertMissing(reminderLog, rows, { action: 'reminder.email', audit: 'summary' });
        if (inserted.length === 0) {
          tally.alreadySent++;
          return;
        }
        if (failure !== undefined) {
          tally.failed++;
          return;
        }
        const won = new Set(inserted.map(rowKey));
        const mine = m.reminders.filter((r) => won.has(dueKey(r, 'email')));
        const mail = compose(m.recipient, mine.map((r) => ({ subject: r.subject, text: r.text, link: r.item.link })), m.digest, ctx);
        try {
          await mailer.send({ to: email, toName: m.recipient.name, ...mail });
          tally.sent++;
        } catch (error) {
          if (isConnectionError(error)) down = errorText(error);
          await markFailed(work, inserted.map((r) => r.id), errorText(error));
          tally.failed++;
        }
      });
    } catch {
      tally.errors++;
    }
  }
  return tally;
}

export interface RetryTally {
  sent: number;
  failed: number;
  cancelled: number;
}

function whyNot(user: RecipientRow | undefined, item: ReminderItem | undefined, today: CivilDate): string | null {
  if (!user || !user.active) return 'Tài khoản không còn hoạt động.';
  if (!user.email || !user.emailReminders) return 'Người nhận không còn nhận nhắc việc qua thư.';
  if (!item) return 'Không còn việc này.';
  if (item.done) return item.kind === 'obligation' ? 'Báo cáo đã được nộp.' : 'Nhiệm vụ đã hoàn thành.';
  if (item.lockDate && today > item.lockDate) return 'Đã quá hạn khóa sổ.';
  return null;
}

/** Retries failed e-mails of the last RETRY_DAYS days (see the module comment). */
export async function retryFailedEmails(ctx: DeliveryContext): Promise<RetryTally> {
  const tally: RetryTally = { sent: 0, failed: 0, cancelled: 0 };
  const mailer = ctx.mailer;
  if (!mailer) return tally;
  const since = addDays(ctx.today, -RETRY_DAYS);
  const stale = await inTransaction(ctx.db, ctx.actor, (work) =>
    work.write.updateWhere(
      reminderLog,
      allOf(eq(reminderLog.status, 'failed'), eq(reminderLog.channel, 'email'), lt(reminderLog.forDate, since)),
      { status: 'cancelled', error: `Quá ${RETRY_DAYS} ngày không gửi được.` },
      { action: 'reminder.email-expired' },
    ),
  );
  tally.cancelled += stale.length;
  const failed = await reader(ctx.db)
    .select()
    .from(reminderLog)
    .where(and(eq(reminderLog.status, 'failed'), eq(reminderLog.channel, 'email'), gte(reminderLog.forDate, since)))
    .orderBy(asc(reminderLog.userId), asc(reminderLog.createdAt))
    .limit(5000);
  if (failed.length === 0) return tally;
  const people = new Map((await recipients(reader(ctx.db), { userIds: [...new Set(failed.map((f) => f.userId))] })).map((u) => [u.userId, u]));
  const items = await itemsByRef(reader(ctx.db), failed.map((f) => ({ kind: f.targetKind as ReminderItemKind, id: f.targetId })));
  const groups: LogRow[][] = [];
  for (const userId of [...new Set(failed.map((f) => f.userId))]) {
    const rows = failed.filter((f) => f.userId === userId);
    if (people.get(userId)?.dailyDigest) groups.push(rows);
    else for (const r of rows) groups.push([r]);
  }
  let down: string | null = null;
  for (const group of groups) {
    try {
      await inTransaction(ctx.db, ctx.actor, async (work) => {
        const claimed = await work.write.updateWhere(
          reminderLog,
          allOf(anyUuid(reminderLog.id, group.map((g) => g.id)), eq(reminderLog.status, 'failed')),
          { status: 'sent', error: null },
          { action: 'reminder.email-retry' },
        );
        if (claimed.length === 0) return;
        const user = people.get(claimed[0]?.userId ?? '');
        const live: { row: LogRow; subject: string; text: string; link: string }[] = [];
        for (const row of claimed) {
          const item = items.get(`${row.targetKind}:${row.targetId}`);
          const milestone = parseMilestoneKey(row.reminderKey);
          const reason = milestone ? whyNot(user, item, ctx.today) : 'Mốc nhắc không hợp lệ.';
          if (reason !== null || !item || !milestone || !user) {
            await work.write.updateWhere(reminderLog, eq(reminderLog.id, row.id), { status: 'cancelled', error: reason }, { action: 'reminder.email-cancelled' });
            tally.cancelled++;
            continue;
          }
          const words = composeReminder(item, milestone, milestone.type === 'escalate' ? 'escalation' : 'unit', user.name, ctx.today, ctx.publicUrl);
          live.push({ row, subject: words.subject, text: words.text, link: item.link });
        }
        if (live.length === 0 || !user?.email) return;
        const ids = live.map((l) => l.row.id);
        if (down !== null) {
          await markFailed(work, ids, `Chưa gửi lại vì máy chủ thư lỗi: ${down}`);
          tally.failed++;
          return;
        }
        try {
          await mailer.send({ to: user.email, toName: user.name, ...compose(user, live, user.dailyDigest, ctx) });
          tally.sent++;
        } catch (error) {
          if (isConnectionError(error)) down = errorText(error);
          await markFailed(work, ids, errorText(error));
          tally.failed++;
        }
      });
    } catch {
      // The transaction failed: the rows stay 'failed' for the next retry.
    }
  }
  return tally;
}
