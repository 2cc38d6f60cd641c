import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CivilDate } from '../../../core/civil-date.ts';
import { plans } from './plans.ts';
import { users } from './org.ts';

/** Reminder rules of a plan (days before, on the day, while overdue, escalation); null fields take defaults. */
export const reminderRules = pgTable('reminder_rules', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  rules: jsonb('rules').$type<unknown>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every reminder sent, once: the unique key (what, which reminder, for whom,
 * by which channel) makes a second send — a rerun, a second server — a no-op.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** 'obligation' or 'duty'. */
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    /** 'before-7', 'on-day', 'overdue-3', 'escalate', 'digest'…; 'thu-cong-<ms>' for a reminder the office sent by hand. */
    reminderKey: text('reminder_key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel').notNull(),
    /** The civil day the reminder is for. */
    forDate: date('for_date', { mode: 'string' }).$type<CivilDate>().notNull(),
    status: text('status').notNull().default('sent'),
    error: text('error'),
    subject: text('subject').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reminder_log_once_uq').on(t.targetKind, t.targetId, t.reminderKey, t.userId, t.channel),
    index('reminder_log_user_idx').on(t.userId, t.createdAt),
  ],
);

export const userPreferences = pgTable('user_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  emailReminders: boolean('email_reminders').notNull().default(true),
  dailyDigest: boolean('daily_digest').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A user's iCalendar feed is reached by a secret token; only its hash is stored, and it can be revoked. */
export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('calendar_tokens_hash_uq').on(t.tokenHash), index('calendar_tokens_user_idx').on(t.userId)],
);

