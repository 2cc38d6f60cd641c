import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { PeriodType, ReportingRule } from '../../../core/period/index.ts';
import type { Indicator, IndicatorRule, ReportContent, ReportStatus } from '../../../core/reporting/index.ts';
import { duties, plans, reportingDuties } from './plans.ts';
import { units, users } from './org.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const civil = (name: string) => date(name, { mode: 'string' }).$type<CivilDate>();

/** The report form of a plan: indicators, cross-field rules, whether the unit leader approves. */
export const planForms = pgTable('plan_forms', {
  planId: uuid('plan_id')
    .primaryKey()
    .references(() => plans.id),
  indicators: jsonb('indicators').$type<Indicator[]>().notNull().default(sql`'[]'::jsonb`),
  rules: jsonb('rules').$type<IndicatorRule[]>().notNull().default(sql`'[]'::jsonb`),
  requireApproval: boolean('require_approval').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

/** Per reporting duty: window, due and lock offsets (defaults of Nghị định 09/2019 when null). */
export const reportingRules = pgTable('reporting_rules', {
  reportingDutyId: uuid('reporting_duty_id')
    .primaryKey()
    .references(() => reportingDuties.id),
  rule: jsonb('rule').$type<ReportingRule>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

/** One report a unit owes for one period: (unit × reporting duty × period). */
export const obligations = pgTable(
  'obligations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    reportingDutyId: uuid('reporting_duty_id')
      .notNull()
      .references(() => reportingDuties.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    periodType: text('period_type').$type<PeriodType>().notNull(),
    periodId: text('period_id').notNull(),
    windowStart: civil('window_start').notNull(),
    windowEnd: civil('window_end').notNull(),
    dueDate: civil('due_date').notNull(),
    lockDate: civil('lock_date').notNull(),
    /** A unit's exception granted by the coordinator: new dates replace the rule's. */
    exceptionDueDate: civil('exception_due_date'),
    exceptionLockDate: civil('exception_lock_date'),
    exceptionReason: text('exception_reason'),
    /** Set when the obligation passed to a successor unit; it is no longer expected here. */
    transferredOn: civil('transferred_on'),
    transferredFromId: uuid('transferred_from_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('obligations_uq').on(t.reportingDutyId, t.unitId, t.periodId),
    index('obligations_unit_idx').on(t.unitId, t.dueDate),
    index('obligations_plan_period_idx').on(t.planId, t.periodId),
    // The period's roll-up reads only this index (docs/benchmarks.md: a third of its time on PostgreSQL).
    index('obligations_period_idx').on(t.periodId, t.unitId, t.id, t.dueDate, t.exceptionDueDate).where(sql`${t.transferredOn} IS NULL`),
    // Dashboards and the calendar filter open obligations by plan and unit, and sort by the effective due date.
    index('obligations_plan_unit_open_idx').on(t.planId, t.unitId, t.periodId).where(sql`${t.transferredOn} IS NULL`),
    index('obligations_unit_effective_due_idx').on(t.unitId, sql`coalesce(${t.exceptionDueDate}, ${t.dueDate})`),
  ],
);

/** The report filling an obligation: its current draft and where it stands. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    obligationId: uuid('obligation_id')
      .notNull()
      .references(() => obligations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    periodId: text('period_id').notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('draft'),
    content: jsonb('content').$type<ReportContent>().notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** First submission day (Asia/Ho_Chi_Minh): decides on time, kept across returns. */
    firstSubmittedOn: civil('first_submitted_on'),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    versionCount: integer('version_count').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('reports_obligation_uq').on(t.obligationId),
    index('reports_plan_period_idx').on(t.planId, t.periodId),
    // With obligations_period_idx: the roll-up's join answered from the index alone.
    index('reports_period_idx').on(t.periodId, t.obligationId, t.status, t.firstSubmittedOn),
  ],
);

/** Immutable: every submitted version stays readable (trigger in migration refuses changes). */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    number: integer('number').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    submittedOn: civil('submitted_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('report_versions_uq').on(t.reportId, t.number)],
);

/** The history of a report: each transition with who, when and the comment. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<ReportStatus>().notNull(),
    toStatus: text('to_status').$type<ReportStatus>().notNull(),
    versionNumber: integer('version_number'),
    comment: text('comment'),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.createdAt)],
);

export const DISSEMINATION_FORMS = ['truc-tiep', 'truc-tuyen', 'long-ghep'] as const;
export type DisseminationForm = (typeof DISSEMINATION_FORMS)[number];

/** One quán triệt session held by a unit under a dissemination duty. */
export const disseminationSessions = pgTable(
  'dissemination_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    dutyId: uuid('duty_id')
      .notNull()
      .references(() => duties.id),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    heldOn: civil('held_on').notNull(),
    form: text('form').$type<DisseminationForm>().notNull(),
    title: text('title').notNull(),
    cadres: integer('cadres').notNull().default(0),
    partyMembers: integer('party_members').notNull().default(0),
    people: integer('people').notNull().default(0),
    note: text('note'),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('dissemination_unit_idx').on(t.unitId, t.heldOn), index('dissemination_plan_idx').on(t.planId)],
);

/** In-app notifications (reminders are delivered here and, when configured, by e-mail). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

