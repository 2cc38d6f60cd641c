import { sql } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Cadence, DocumentGenre, DutyKind, ParsedPlan } from '../../../core/document/types.ts';
import type { DutyRole } from '../../../core/org/vocab.ts';
import { units, users } from './org.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const IMPORT_STATUSES = ['draft', 'published', 'discarded'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * A plan being imported: the original text and the structure as the
 * coordinator corrects it. Publishing turns it into a plan in one transaction.
 */
export const planImports = pgTable(
  'plan_imports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ownerUnitId: uuid('owner_unit_id').notNull().references(() => units.id),
    status: text('status').$type<ImportStatus>().notNull().default('draft'),
    sourceName: text('source_name').notNull(),
    sourceFormat: text('source_format').notNull(),
    sourceText: text('source_text').notNull(),
    parsed: jsonb('parsed').$type<ParsedPlan>().notNull(),
    /** The coordinator's corrections and unit resolutions (see services/plan-import). */
    draft: jsonb('draft').$type<unknown>().notNull(),
    planId: uuid('plan_id').references((): AnyPgColumn => plans.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plan_imports_owner_idx').on(t.ownerUnitId, t.status)],
);

export const PLAN_STATUSES = ['active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** "82-KH/TU"; unique within the owner's organisation, checked by the importer. */
    number: text('number'),
    type: text('type').$type<DocumentGenre>(),
    issuer: text('issuer'),
    place: text('place'),
    date: date('date', { mode: 'string' }).$type<CivilDate>(),
    title: text('title').notNull(),
    searchText: text('search_text').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('active'),
    /** The unit whose plan this is (for 82-KH/TU, Tỉnh ủy Điện Biên). */
    ownerUnitId: uuid('owner_unit_id').notNull().references(() => units.id),
    /** The unit that follows it up and receives reports through (Ban Tuyên giáo Tỉnh ủy). */
    coordinatorUnitId: uuid('coordinator_unit_id').references(() => units.id),
    /** A unit's own plan made under a higher one is its child. */
    parentPlanId: uuid('parent_plan_id').references((): AnyPgColumn => plans.id),
    endDate: date('end_date', { mode: 'string' }).$type<CivilDate>(),
    sourceName: text('source_name'),
    sourceText: text('source_text').notNull(),
    /** Outline, paragraphs and everything else the parser found, as corrected. */
    structure: jsonb('structure').$type<ParsedPlan>().notNull(),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('plans_owner_idx').on(t.ownerUnitId), index('plans_number_idx').on(t.number), index('plans_parent_idx').on(t.parentPlanId)],
);

export const planCitations = pgTable(
  'plan_citations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    ord: integer('ord').notNull(),
    symbol: text('symbol').notNull(),
    type: text('type').$type<DocumentGenre>(),
    date: date('date', { mode: 'string' }).$type<CivilDate>(),
    issuer: text('issuer'),
  },
  (t) => [index('plan_citations_plan_idx').on(t.planId), index('plan_citations_symbol_idx').on(t.symbol)],
);

/** The numbered items of a plan's content section: what units report against. */
export const contentAreas = pgTable(
  'content_areas',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    ord: integer('ord').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
  },
  (t) => [index('content_areas_plan_idx').on(t.planId)],
);

/** An assignment of the plan as written ("Các huyện ủy, thị ủy…"), resolved to units. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    ord: integer('ord').notNull(),
    unitText: text('unit_text').notNull(),
    text: text('text').notNull(),
    groupIds: uuid('group_ids').array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [index('assignments_plan_idx').on(t.planId)],
);

/** One duty of one unit: what a unit sees in "Việc của đơn vị". */
export const duties = pgTable(
  'duties',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    role: text('role').$type<DutyRole>().notNull(),
    kind: text('kind').$type<DutyKind>().notNull(),
    text: text('text').notNull(),
    deadline: date('deadline', { mode: 'string' }).$type<CivilDate>(),
    deadlineText: text('deadline_text'),
    progress: integer('progress').notNull().default(0),
    startedOn: date('started_on', { mode: 'string' }).$type<CivilDate>(),
    completedOn: date('completed_on', { mode: 'string' }).$type<CivilDate>(),
    /** Set when the duty passed to a successor unit (reorganisation): closed here, open there. */
    transferredOn: date('transferred_on', { mode: 'string' }).$type<CivilDate>(),
    /** The duty this one continues, when it came from a predecessor unit. */
    transferredFromId: uuid('transferred_from_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('duties_unit_idx').on(t.unitId, t.deadline),
    index('duties_plan_idx').on(t.planId),
    // Dashboards count a plan's open duties by unit; reminders and "quá hạn" look for open duties by deadline.
    index('duties_plan_unit_open_idx').on(t.planId, t.unitId).where(sql`${t.transferredOn} IS NULL`),
    index('duties_open_deadline_idx').on(t.deadline).where(sql`${t.completedOn} IS NULL AND ${t.transferredOn} IS NULL`),
  ],
);

export const dutyUpdates = pgTable(
  'duty_updates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dutyId: uuid('duty_id').notNull().references(() => duties.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    text: text('text').notNull(),
    progress: integer('progress').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).$type<CivilDate>(),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [index('duty_updates_duty_idx').on(t.dutyId, t.createdAt)],
);

/** A reporting duty of the plan (cadence, recipients, relay), for the reporting module. */
export const reportingDuties = pgTable(
  'reporting_duties',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    cadence: text('cadence').$type<Cadence>().notNull(),
    text: text('text').notNull(),
    toText: text('to_text').array().notNull().default(sql`'{}'::text[]`),
    viaText: text('via_text').array().notNull().default(sql`'{}'::text[]`),
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    recipientUnitIds: uuid('recipient_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    relayUnitId: uuid('relay_unit_id').references(() => units.id),
  },
  (t) => [index('reporting_duties_plan_idx').on(t.planId)],
);

/** Files are stored once by content hash under DATA_DIR/files; this row is the upload. */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    fileName: text('file_name').notNull(),
    /** The unit whose record the file belongs to: access to the file follows it. */
    unitId: uuid('unit_id').notNull().references(() => units.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_sha_idx').on(t.sha256)],
);
