import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CivilDate } from '../../../core/civil-date.ts';
import { units, users } from './org.ts';

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'absorb'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/**
 * A unit's successor after a reorganisation (merge, split, rename), with the
 * date of the change. Seeded links whose mapping is not certain wait for the
 * coordinator to confirm them.
 */
export const unitSuccessions = pgTable(
  'unit_successions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => units.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').$type<SuccessionKind>().notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).$type<CivilDate>().notNull(),
    /** For a split: this successor's share of the predecessor's open work (weights, not percentages). */
    share: integer('share').notNull().default(1),
    confirmed: boolean('confirmed').notNull().default(false),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_successions_pred_idx').on(t.predecessorId), index('unit_successions_succ_idx').on(t.successorId)],
);

/** A coordinator-confirmed transfer of a closed unit's open work to its successors. */
export const unitTransfers = pgTable('unit_transfers', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  fromUnitId: uuid('from_unit_id')
    .notNull()
    .references(() => units.id),
  effectiveDate: date('effective_date', { mode: 'string' }).$type<CivilDate>().notNull(),
  details: jsonb('details').$type<unknown>().notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
