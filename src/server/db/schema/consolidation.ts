import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { plans } from './plans.ts';
import { units, users } from './org.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const CONSOLIDATION_KINDS = ['period', 'so-ket', 'tong-ket'] as const;
export type ConsolidationKind = (typeof CONSOLIDATION_KINDS)[number];

/**
 * A consolidated report (báo cáo tổng hợp) of a plan: for one period, or a
 * review (sơ kết, tổng kết) across a range of periods. `content` holds the
 * editable sections; the shape is defined by the consolidation service.
 */
export const consolidations = pgTable(
  'consolidations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    kind: text('kind').$type<ConsolidationKind>().notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    title: text('title').notNull(),
    /** The issuing unit (e.g. Ban Tuyên giáo Tỉnh ủy) whose header and number the document carries. */
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    content: jsonb('content').$type<unknown>().notNull(),
    /** Header, number, place, signer and distribution: the document's frame. */
    frame: jsonb('frame').$type<unknown>().notNull(),
    versionCount: integer('version_count').notNull().default(0),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('consolidations_plan_idx').on(t.planId, t.periodTo)],
);

/** Saved versions of a consolidated report, immutable. */
export const consolidationVersions = pgTable(
  'consolidation_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    consolidationId: uuid('consolidation_id')
      .notNull()
      .references(() => consolidations.id),
    number: integer('number').notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    frame: jsonb('frame').$type<unknown>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('consolidation_versions_uq').on(t.consolidationId, t.number)],
);

/** An office's own .docx template with placeholders (docx-templates), stored as an attachment. */
export const docxTemplates = pgTable('docx_templates', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  ownerUnitId: uuid('owner_unit_id')
    .notNull()
    .references(() => units.id),
  name: text('name').notNull(),
  sha256: text('sha256').notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});
