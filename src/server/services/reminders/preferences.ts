/**
 * A user's reminder preferences: e-mail on or off, one daily digest instead
 * of one e-mail per reminder. Users who never chose get the defaults (e-mail
 * on, no digest); the row appears with their first change (version 0 → 1).
 */
import { eq } from 'drizzle-orm';
import { userPreferences, users } from '../../db/schema/index.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { conflict } from '../../http/errors.ts';

export interface PreferencesInput {
  emailReminders: boolean;
  dailyDigest: boolean;
}

export async function getPreferences(read: ReadTx, userId: string) {
  const [row] = await read
    .select({ email: users.email, emailReminders: userPreferences.emailReminders, dailyDigest: userPreferences.dailyDigest, version: userPreferences.version })
    .from(users)
    .leftJoin(userPreferences, eq(userPreferences.userId, users.id))
    .where(eq(users.id, userId));
  return {
    emailReminders: row?.emailReminders ?? true,
    dailyDigest: row?.dailyDigest ?? false,
    /** Where e-mails go (set by an administrator on the account); null: in the app only. */
    email: row?.email ?? null,
    version: row?.version ?? 0,
  };
}

export async function setPreferences(work: Work, userId: string, input: PreferencesInput, expectedVersion: number) {
  const [current] = await work.read.select().from(userPreferences).where(eq(userPreferences.userId, userId));
  if ((current?.version ?? 0) !== expectedVersion) throw conflict(current ?? null);
  if (current) await work.write.updateWhere(userPreferences, eq(userPreferences.userId, userId), input, { action: 'preferences.update' });
  // insertMissing: two first saves at once are a version conflict, not a crash.
  else if ((await work.write.insertMissing(userPreferences, [{ userId, ...input }], { action: 'preferences.create' })).length === 0) throw conflict();
  return getPreferences(work.read, userId);
}
