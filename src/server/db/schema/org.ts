import { sql } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { UnitKind } from '../../../core/org/vocab.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A unit of the political system. Units have validity dates because the
 * organisation changes (the district level ended on 1/7/2025) and reports
 * filed by a unit that no longer exists must stay with it.
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    kind: text('kind').$type<UnitKind>().notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** Official code (administrative unit code for communes), unique when present. */
    code: text('code'),
    /** Folded name, short name and aliases: diacritic-insensitive search without DB extensions. */
    searchText: text('search_text').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).$type<CivilDate>(),
    validTo: date('valid_to', { mode: 'string' }).$type<CivilDate>(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_parent_idx').on(t.parentId), uniqueIndex('units_code_uq').on(t.code)],
);

/** A named set of units a plan can assign to ("Các đoàn thể tỉnh"). */
export const unitGroups = pgTable('unit_groups', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** The unit whose organisation the group belongs to (e.g. Tỉnh ủy Điện Biên). */
  ownerUnitId: uuid('owner_unit_id').notNull().references(() => units.id),
  name: text('name').notNull(),
  aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
  searchText: text('search_text').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const unitGroupMembers = pgTable(
  'unit_group_members',
  {
    groupId: uuid('group_id').notNull().references(() => unitGroups.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).$type<CivilDate>(),
    validTo: date('valid_to', { mode: 'string' }).$type<CivilDate>(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('unit_group_members_unit_idx').on(t.unitId)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_unit_idx').on(t.unitId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a database leak does not leak live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_user_idx').on(t.username, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
