/**
 * Scheduled work, safe with several server processes on one database: each
 * run is claimed in the database first (see job_claims); the loser of the
 * race does nothing. Job claims are infrastructure rows, not user changes,
 * so they are not in the audit log; what the jobs change is.
 */
import { hostname } from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { jobClaims, plans } from '../db/schema/index.ts';
import { inTransaction } from '../db/uow.ts';
import { ensureObligations } from '../services/reporting/obligations.ts';
import { reminderJobs } from '../services/reminders/jobs.ts';

export interface Job {
  name: string;
  /** The run key for now: one run per key ("2020-06-10" runs once that day). */
  key: (clock: Clock) => string;
  run: (db: Db, clock: Clock) => Promise<void>;
}

const me = `${hostname()}:${process.pid}`;

/** Claims (name, key); true when this process won and should run it. */
export async function claim(db: Db, name: string, key: string): Promise<boolean> {
  const rows = await db.insert(jobClaims).values({ name, key, claimedBy: me }).onConflictDoNothing().returning({ name: jobClaims.name });
  return rows.length === 1;
}

async function finish(db: Db, name: string, key: string, error: string | null): Promise<void> {
  await db
    .update(jobClaims)
    .set({ finishedAt: sql`now()`, error })
    .where(and(eq(jobClaims.name, name), eq(jobClaims.key, key)));
}

export async function runJob(db: Db, clock: Clock, job: Job): Promise<'ran' | 'skipped' | 'failed'> {
  const key = job.key(clock);
  if (!(await claim(db, job.name, key))) return 'skipped';
  try {
    await job.run(db, clock);
    await finish(db, job.name, key, null);
    return 'ran';
  } catch (error) {
    await finish(db, job.name, key, String((error as Error).message ?? error).slice(0, 2000));
    return 'failed';
  }
}

/** Open-ended plans owe new periods as time passes: generate them once a day. */
export const extendObligations: Job = {
  name: 'extend-obligations',
  key: (clock) => clock.today(),
  run: async (db, clock) => {
    const active = await db.select({ id: plans.id }).from(plans).where(eq(plans.status, 'active'));
    for (const p of active) await inTransaction(db, null, (work) => ensureObligations(work, p.id, clock.today()));
  },
};

// Reminders after the obligations: a period generated today is reminded of today.
export const DEFAULT_JOBS: Job[] = [extendObligations, ...reminderJobs()];

/** Runs due jobs now and then every `everyMs`; returns a stop function. */
export function startJobs(db: Db, clock: Clock, jobs: Job[] = DEFAULT_JOBS, everyMs = 5 * 60_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = running.then(async () => {
      for (const job of jobs) if (!stopped) await runJob(db, clock, job).catch(() => 'failed');
    });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
