/**
 * The demo database `npm start` creates on an empty database: the Điện Biên
 * organisation of 2019, one account per role, and plan 82-KH/TU imported
 * through the same path a coordinator takes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Role } from '../../core/access/roles.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { units, users } from '../db/schema/index.ts';
import { inTransaction, type Actor, type Work } from '../db/uow.ts';
import { createImport, publishImport } from '../services/plan-import.ts';
import { computeScope } from '../services/scope.ts';
import { hashPassword } from '../services/passwords.ts';
import { createGroup, createUnits } from '../services/registry.ts';
import { DEMO_PASSWORD, DEMO_USERS, DIEN_BIEN_2019_GROUPS, DIEN_BIEN_2019_UNITS, ROOT_KEY } from './dien-bien-2019.ts';

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.$count(units)) === 0;
}

/** Creates the organisation and accounts; returns unit ids by seed key. */
export async function seedOrganisation(work: Work): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const [root, ...rest] = DIEN_BIEN_2019_UNITS;
  if (!root) throw new Error('empty seed');
  const [rootRow] = await createUnits(work, null, [{ parentId: null, kind: root.kind, name: root.name, shortName: root.shortName ?? null, aliases: root.aliases ?? [], sortOrder: 0 }]);
  if (!rootRow) throw new Error('root not created');
  ids.set(ROOT_KEY, rootRow.id);
  const created = await createUnits(
    work,
    null,
    rest.map((u, i) => ({ parentId: rootRow.id, kind: u.kind, name: u.name, shortName: u.shortName ?? null, aliases: u.aliases ?? [], sortOrder: i + 1 })),
  );
  rest.forEach((u, i) => ids.set(u.key, created[i]?.id ?? ''));
  for (const g of DIEN_BIEN_2019_GROUPS) {
    await createGroup(work, null, { ownerUnitId: rootRow.id, name: g.name, aliases: g.aliases, members: g.members.map((k) => ({ unitId: ids.get(k) ?? '' })) });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await work.write.insert(
    users,
    DEMO_USERS.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role, unitId: ids.get(u.unit) ?? '', passwordHash })),
    { action: 'user.create' },
  );
  return ids;
}

export const SEED_PLAN_FILE = fileURLToPath(new URL('../../../assets/documents/82-KH-TU_dien-bien_2019-08-27.txt', import.meta.url));

/** Imports and publishes plan 82-KH/TU as the coordinator would: the same services the import screens call. */
export async function seedPlan(work: Work, coordinatorUsername: string, today: CivilDate): Promise<string> {
  const [user] = await work.read.select().from(users).where(eq(users.username, coordinatorUsername));
  if (!user) throw new Error(`no user ${coordinatorUsername}`);
  const actor: Actor = { userId: user.id, role: user.role as Role, unitId: user.unitId, username: user.username };
  const scope = await computeScope(work.read, actor, 'plan.manage');
  const bytes = new Uint8Array(readFileSync(SEED_PLAN_FILE));
  const asCoordinator = work.as(actor);
  const draft = await createImport(asCoordinator, scope, { fileName: path.basename(SEED_PLAN_FILE), bytes, maxBytes: bytes.length });
  const { planId } = await publishImport(asCoordinator, scope, draft.id, { expectedVersion: draft.version, allowDuplicate: false, today });
  return planId;
}

/** Seeds an empty database, all or nothing. */
export async function seedDemo(db: Db, clock: Clock): Promise<{ seeded: boolean }> {
  if (!(await isEmpty(db))) return { seeded: false };
  await inTransaction(db, null, async (work) => {
    await seedOrganisation(work);
    await seedPlan(work, 'btg.dieuphoi', clock.today());
  });
  return { seeded: true };
}
