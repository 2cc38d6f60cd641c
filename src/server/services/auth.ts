/**
 * Login, sessions and password changes. Sessions live in the database so any
 * server process can serve any request.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { loginAttempts, sessions, units, users } from '../db/schema/index.ts';
import { inTransaction, type Actor } from '../db/uow.ts';
import { AppError } from '../http/errors.ts';
import { dummyPasswordHash, hashPassword, isStrongEnough, verifyPassword } from './passwords.ts';

/** Failed logins tolerated per username, and per address, in the window below. */
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 30;
const FAILURE_WINDOW_MINUTES = 15;

export interface SessionUser extends Actor {
  displayName: string;
  unitName: string;
  mustChangePassword: boolean;
  csrfToken: string;
  sessionId: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function recentFailures(db: Db, username: string, ip: string, now: Date): Promise<{ user: number; ip: number }> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({
      user: sql<number>`count(*) filter (where ${loginAttempts.username} = ${username})`.mapWith(Number),
      ip: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
  return row ?? { user: 0, ip: 0 };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: SessionUser;
}

export async function login(db: Db, clock: Clock, input: { username: string; password: string; ip: string; ttlHours: number }): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const now = clock.now();
  // The attempt is recorded as a failure *before* the count, so that a burst
  // of parallel guesses all see each other and all but the first few are refused.
  const [attempt] = await db.insert(loginAttempts).values({ username, ip: input.ip, success: false, at: now }).returning({ id: loginAttempts.id });
  const failures = await recentFailures(db, username, input.ip, now);
  if (failures.user > MAX_FAILURES_PER_USER || failures.ip > MAX_FAILURES_PER_IP) {
    throw new AppError('LOGIN_RATE_LIMITED');
  }
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyPasswordHash(), input.password), false);
  if (!user || !ok) throw new AppError('LOGIN_FAILED');
  if (attempt) await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attempt.id));
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.ttlHours * 3_600_000);
  const actor: Actor = { userId: user.id, role: user.role as Role, unitId: user.unitId, username: user.username };
  await inTransaction(db, actor, async (w) => {
    await w.write.event('auth.login', 'users', user.id, { ip: input.ip });
  });
  await db.insert(sessions).values({ id: sha256(token), userId: user.id, csrfToken, expiresAt, createdAt: now, lastSeenAt: now });
  const session = await loadSession(db, clock, token);
  if (!session) throw new AppError('INTERNAL');
  return { token, expiresAt, user: session };
}

export async function loadSession(db: Db, clock: Clock, token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const id = sha256(token);
  const now = clock.now();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      unitName: units.name,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  if (!row || !row.active) return null;
  // Touch at most once a minute: keeps "last seen" useful without a write per request.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unitId: row.unitId,
    unitName: row.unitName,
    mustChangePassword: row.mustChangePassword,
  };
}

export async function logout(db: Db, clock: Clock, user: SessionUser): Promise<void> {
  await db.update(sessions).set({ revokedAt: clock.now() }).where(eq(sessions.id, user.sessionId));
  await inTransaction(db, user, (w) => w.write.event('auth.logout', 'users', user.userId));
}

export async function changePassword(db: Db, clock: Clock, user: SessionUser, input: { current: string; next: string }): Promise<void> {
  if (!isStrongEnough(input.next)) throw new AppError('PASSWORD_TOO_WEAK');
  const [row] = await db.select().from(users).where(eq(users.id, user.userId));
  if (!row || !(await verifyPassword(row.passwordHash, input.current))) throw new AppError('PASSWORD_WRONG');
  const passwordHash = await hashPassword(input.next);
  await inTransaction(db, user, async (w) => {
    await w.write.update(users, user.userId, { passwordHash, mustChangePassword: false }, { action: 'auth.password-change' });
  });
  // Other sessions of this user end: a changed password must lock out whoever else had it.
  await db
    .update(sessions)
    .set({ revokedAt: clock.now() })
    .where(and(eq(sessions.userId, user.userId), isNull(sessions.revokedAt), sql`${sessions.id} <> ${user.sessionId}`));
}
