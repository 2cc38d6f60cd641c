/**
 * A reminder run: retry yesterday's failed e-mails, ask the engine what is
 * due today, deliver it. It spans many short transactions on purpose (one per
 * e-mail, see deliver.ts), so it takes the database rather than one `Work`.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { dueReminders } from '../../../core/reminders/index.ts';
import { civilDateInVietnam, type Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { jobClaims } from '../../db/schema/index.ts';
import { reader, type Actor, type ReadTx } from '../../db/uow.ts';
import { deliverEmail, deliverInApp, retryFailedEmails, type DeliveryContext, type EmailTally, type RetryTally } from './deliver.ts';
import { loadEngineData } from './items.ts';
import type { Mailer } from './mailer.ts';

export interface ReminderRunOptions {
  today: CivilDate;
  actor: Actor | null;
  mailer: Mailer | null;
  publicUrl: string | null;
  /** Only this plan (the admin's "run now" for one plan). */
  planId?: string;
}

export interface ReminderRunSummary {
  today: CivilDate;
  /** Reminders the engine found due (recipient × item × key). */
  due: number;
  /** In-app notices created by this run (the rest were sent before). */
  app: number;
  email: EmailTally & { enabled: boolean };
  retried: RetryTally;
}

export async function runReminders(db: Db, options: ReminderRunOptions): Promise<ReminderRunSummary> {
  const ctx: DeliveryContext = { db, actor: options.actor, today: options.today, mailer: options.mailer, publicUrl: options.publicUrl };
  // Retry first: a message that fails now waits for the next retry rather than being tried twice in a row.
  const retried = await retryFailedEmails(ctx);
  const data = await loadEngineData(reader(db), options.today, options.planId);
  const due = dueReminders({ today: options.today, ...data, emailEnabled: options.mailer !== null, publicUrl: options.publicUrl });
  const app = await deliverInApp(ctx, due);
  const email = await deliverEmail(ctx, due);
  return { today: options.today, due: due.length, app, email: { enabled: options.mailer !== null, ...email }, retried };
}

/**
 * The reminder day starts at 07:00 in Vietnam, when offices open: before that
 * it is still yesterday's, so the daily job (claimed per reminder day) runs at
 * the first tick after 07:00 rather than at midnight.
 */
export const REMINDER_HOUR = 7;

export function reminderDay(clock: Clock): CivilDate {
  return civilDateInVietnam(new Date(clock.now().getTime() - REMINDER_HOUR * 3_600_000));
}

export const SEND_JOB = 'send-reminders';
export const RETRY_JOB = 'retry-reminder-emails';

export interface ReminderStatus {
  email: { enabled: boolean; from: string | null };
  publicUrl: string | null;
  /** The last scheduled run: its day, when it finished, its error. */
  lastRun: { day: string; claimedAt: Date; finishedAt: Date | null; error: string | null } | null;
}

/** What the UI says about reminders: whether e-mail is on, and the last run. */
export async function reminderStatus(read: ReadTx, config: Pick<Config, 'smtp' | 'publicUrl'>): Promise<ReminderStatus> {
  const [last] = await read.select().from(jobClaims).where(and(eq(jobClaims.name, SEND_JOB))).orderBy(desc(jobClaims.key)).limit(1);
  return {
    email: { enabled: config.smtp !== null, from: config.smtp?.from ?? null },
    publicUrl: config.publicUrl,
    lastRun: last ? { day: last.key, claimedAt: last.claimedAt, finishedAt: last.finishedAt, error: last.error } : null,
  };
}
