import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Claims of scheduled work: a job run is claimed by inserting its (name, key)
 * — e.g. ('extend-obligations', '2020-06-10') — and only the process whose
 * insert succeeds runs it, so several servers on one database never run the
 * same thing twice.
 */
export const jobClaims = pgTable(
  'job_claims',
  {
    name: text('name').notNull(),
    key: text('key').notNull(),
    claimedBy: text('claimed_by').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.name, t.key] }), index('job_claims_at_idx').on(t.claimedAt)],
);
