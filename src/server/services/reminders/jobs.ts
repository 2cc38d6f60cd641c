/**
 * The scheduled reminder jobs (registered in jobs/runner.ts DEFAULT_JOBS):
 * - send-reminders, once per reminder day (from 07:00 Vietnam time);
 * - retry-reminder-emails, once an hour during office hours, for e-mails the
 *   mail server refused or did not take.
 * Both are claimed in the database like every job; what they send is made
 * exactly-once by the reminder log, whoever runs them.
 */
import type { Clock } from '../../clock.ts';
import { loadConfig, type Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { SYSTEM, type Actor } from '../../db/uow.ts';
import type { Job } from '../../jobs/runner.ts';
import { retryFailedEmails } from './deliver.ts';
import { mailerFrom, type Mailer } from './mailer.ts';
import { REMINDER_HOUR, RETRY_JOB, SEND_JOB, reminderDay, runReminders, type ReminderRunSummary } from './run.ts';

type MailConfig = Pick<Config, 'smtp' | 'publicUrl'>;

const vnHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' });
/** Retries stop in the evening: a reminder at night helps nobody and annoys many. */
const LAST_RETRY_HOUR = 20;

async function withMailer<T>(config: MailConfig, fn: (mailer: Mailer | null) => Promise<T>): Promise<T> {
  const mailer = mailerFrom(config);
  try {
    return await fn(mailer);
  } finally {
    mailer?.close();
  }
}

/** The jobs; `getConfig` reads SMTP_URL, SMTP_FROM and PUBLIC_URL (the environment by default, a test's config in tests). */
export function reminderJobs(getConfig: () => MailConfig = () => loadConfig()): Job[] {
  const send: Job = {
    name: SEND_JOB,
    key: reminderDay,
    run: async (db: Db, clock: Clock) => {
      const config = getConfig();
      await withMailer(config, (mailer) => runReminders(db, { today: reminderDay(clock), actor: SYSTEM, mailer, publicUrl: config.publicUrl }));
    },
  };
  const retry: Job = {
    name: RETRY_JOB,
    key: (clock) => `${clock.today()}T${vnHour.format(clock.now())}`,
    run: async (db: Db, clock: Clock) => {
      const hour = Number(vnHour.format(clock.now()));
      const config = getConfig();
      if (hour < REMINDER_HOUR || hour > LAST_RETRY_HOUR || !config.smtp) return;
      await withMailer(config, (mailer) => retryFailedEmails({ db, actor: SYSTEM, today: clock.today(), mailer, publicUrl: config.publicUrl }));
    },
  };
  return [send, retry];
}

/** The administrator's "run reminders now": today's run at once, all plans or one. */
export async function runRemindersNow(db: Db, config: MailConfig, clock: Clock, options: { actor: Actor; planId?: string }): Promise<ReminderRunSummary> {
  return withMailer(config, (mailer) => runReminders(db, { today: clock.today(), actor: options.actor, mailer, publicUrl: config.publicUrl, planId: options.planId }));
}
