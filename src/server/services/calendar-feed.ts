/**
 * A user's deadlines as an iCalendar feed for their phone or desktop
 * calendar, reached by a secret URL: the token is shown once, only its
 * SHA-256 is stored (a leaked database leaks no feed), and revoking it makes
 * the URL answer 404 like any unknown one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Role } from '../../core/access/roles.ts';
import { addDays, type CivilDate } from '../../core/civil-date.ts';
import { absoluteLink, calendarEvents, type CalendarEvent } from '../../core/reminders/index.ts';
import { calendarTokens, users } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError } from '../http/errors.ts';
import { deadlineItems, planLink } from './calendar.ts';
import { computeScope } from './scope.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** What the feed covers: two months back (recent misses) and a year ahead. */
export const FEED_PAST_DAYS = 60;
export const FEED_FUTURE_DAYS = 365;

export const feedUrl = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/api/calendar/feed/${token}.ics`;

/** A new feed URL for the user; the previous one stops working (one live feed per user). */
export async function createFeedToken(work: Work, baseUrl: string, now: Date): Promise<{ url: string; createdAt: Date }> {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  await revokeFeedTokens(work, now);
  // 32 random bytes: 43 characters of base64url, unguessable.
  const token = randomBytes(32).toString('base64url');
  const row = await work.write.insertOne(calendarTokens, { userId: actor.userId, tokenHash: sha256(token) }, { action: 'calendar-token.create' });
  return { url: feedUrl(baseUrl, token), createdAt: row.createdAt };
}

export async function revokeFeedTokens(work: Work, now: Date): Promise<{ revoked: number }> {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const rows = await work.write.updateWhere(
    calendarTokens,
    sql`${eq(calendarTokens.userId, actor.userId)} AND ${isNull(calendarTokens.revokedAt)}`,
    { revokedAt: now },
    { action: 'calendar-token.revoke' },
  );
  return { revoked: rows.length };
}

export async function feedTokenStatus(read: ReadTx, userId: string): Promise<{ active: boolean; createdAt: Date | null }> {
  const [row] = await read
    .select({ createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt))
    .limit(1);
  return { active: !!row, createdAt: row?.createdAt ?? null };
}

export function icsOf(events: readonly CalendarEvent[], options: { name: string; baseUrl: string; now: Date }): string {
  const cal = ical({ name: options.name, prodId: { company: 'thucthi', product: 'han-cong-viec', language: 'VI' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      // A civil date string with allDay gives DTSTART;VALUE=DATE: the Vietnam day, whatever the server's zone.
      start: e.date,
      allDay: true,
      stamp: options.now,
      summary: e.summary,
      description: `${e.description}\n${absoluteLink(e.link, options.baseUrl)}`,
      url: absoluteLink(e.link, options.baseUrl),
    });
  }
  return cal.toString();
}

/** The feed for a token, or null for an unknown or revoked one (the route answers 404). */
export async function feedForToken(read: ReadTx, token: string, options: { today: CivilDate; now: Date; baseUrl: string }): Promise<string | null> {
  if (!TOKEN_RE.test(token)) return null;
  const [row] = await read
    .select({ user: users })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.tokenHash, sha256(token)), isNull(calendarTokens.revokedAt)));
  if (!row || !row.user.active) return null;
  const u = row.user;
  const scope = await computeScope(read, { userId: u.id, role: u.role as Role, unitId: u.unitId, username: u.username }, 'duty.read');
  const { items } = await deadlineItems(read, scope, { from: addDays(options.today, -FEED_PAST_DAYS), to: addDays(options.today, FEED_FUTURE_DAYS), today: options.today });
  const events = calendarEvents(items, { ownUnitId: u.unitId, groupLink: (i) => planLink(i.planId) });
  return icsOf(events, { name: `Hạn công việc — ${u.displayName}`, baseUrl: options.baseUrl, now: options.now });
}
