/**
 * Accounts (admins). Passwords are set by the admin as temporary ones that
 * the user must change at first login.
 */
import { asc, eq } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import type { Db } from '../db/client.ts';
import { anyUuid } from '../db/sql.ts';
import { sessions, units, users } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError, notFound } from '../http/errors.ts';
import { hashPassword, isStrongEnough } from './passwords.ts';
import type { Scope } from './scope.ts';

const userView = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  unitId: users.unitId,
  unitName: units.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
};

export async function listUsers(read: ReadTx, scope: Scope) {
  const ids = scope.list();
  return read
    .select(userView)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(ids ? anyUuid(users.unitId, ids) : undefined)
    .orderBy(asc(users.username));
}

export interface UserInput {
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  unitId: string;
  active: boolean;
}

export async function createUser(work: Work, scope: Scope, input: UserInput & { password: string }) {
  scope.check(input.unitId);
  if (!isStrongEnough(input.password)) throw new AppError('PASSWORD_TOO_WEAK');
  const username = input.username.trim().toLowerCase();
  const [taken] = await work.read.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) throw new AppError('DUPLICATE', { field: 'username' });
  const { password, ...rest } = input;
  return work.write.insertOne(users, { ...rest, username, passwordHash: await hashPassword(password), mustChangePassword: true }, { action: 'user.create' });
}

export async function updateUser(work: Work, scope: Scope, id: string, input: Omit<UserInput, 'username'>, expectedVersion: number) {
  const [current] = await work.read.select().from(users).where(eq(users.id, id));
  if (!current) throw notFound('user');
  scope.check(current.unitId);
  scope.check(input.unitId);
  return work.write.update(users, id, input, { action: 'user.update', expectedVersion });
}

export async function resetPassword(work: Work, scope: Scope, id: string, password: string) {
  if (!isStrongEnough(password)) throw new AppError('PASSWORD_TOO_WEAK');
  const [current] = await work.read.select().from(users).where(eq(users.id, id));
  if (!current) throw notFound('user');
  scope.check(current.unitId);
  await work.write.update(users, id, { passwordHash: await hashPassword(password), mustChangePassword: true }, { action: 'user.password-reset' });
}

/** Sessions of a disabled user or after a reset end at once (not audited: infrastructure rows). */
export async function revokeSessionsOf(db: Db, userId: string, at: Date) {
  await db.update(sessions).set({ revokedAt: at }).where(eq(sessions.userId, userId));
}
