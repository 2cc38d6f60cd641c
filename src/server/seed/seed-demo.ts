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
import { unitGroupMembers, units, unitSuccessions, users } from '../db/schema/index.ts';
import { anyUuid } from '../db/sql.ts';
import { inTransaction, type Actor, type Work } from '../db/uow.ts';
import { createImport, publishImport } from '../services/plan-import.ts';
import { computeScope } from '../services/scope.ts';
import { hashPassword } from '../services/passwords.ts';
import { createGroup, createUnits } from '../services/registry.ts';
import { DEMO_PASSWORD, DEMO_USERS, DIEN_BIEN_2019_GROUPS, DIEN_BIEN_2019_UNITS, ROOT_KEY } from './dien-bien-2019.ts';
import { COMMUNE_PREDECESSORS, communeCommitteeName, dienBienCommunes, LAST_DISTRICT_DAY, REORGANISATION_DATE } from './dien-bien-2025.ts';

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
    const ids = await seedOrganisation(work);
    // Units carry their validity, so the 2025 change can be recorded before the 2019 plan is
    // imported: the plan's groups resolve against the tree valid on its date (27/8/2019).
    await seedReorganisation2025(work, ids);
    await seedPlan(work, 'btg.dieuphoi', clock.today());
  });
  return { seeded: true };
}

/**
 * The change of 1/7/2025: districts end, the 45 commune and ward committees
 * begin under the Tỉnh ủy, with their successors (see dien-bien-2025.ts), a
 * group for plans that name them, and demo accounts for one new commune.
 */
export async function seedReorganisation2025(work: Work, ids: Map<string, string>): Promise<Map<string, string>> {
  const root = ids.get(ROOT_KEY) ?? '';
  const districts = DIEN_BIEN_2019_GROUPS[0]?.members ?? [];
  for (const key of districts) {
    const id = ids.get(key) ?? '';
    await work.write.update(units, id, { validTo: LAST_DISTRICT_DAY }, { action: 'unit.end' });
  }
  await work.write.updateWhere(unitGroupMembers, anyUuid(unitGroupMembers.unitId, districts.map((k) => ids.get(k) ?? '')), { validTo: LAST_DISTRICT_DAY }, { action: 'group.member-end' });
  const communes = dienBienCommunes();
  const created = await createUnits(
    work,
    null,
    communes.map((c, i) => ({ parentId: root, kind: 'cap-uy', name: communeCommitteeName(c.fullName), code: c.code, aliases: [c.fullName], validFrom: REORGANISATION_DATE, sortOrder: 100 + i })),
    { audit: 'summary' },
  );
  const byCode = new Map(created.map((u) => [u.code ?? '', u.id]));
  await work.write.insert(
    unitSuccessions,
    communes.flatMap((c) => {
      const entry = COMMUNE_PREDECESSORS[c.code];
      const successorId = byCode.get(c.code);
      const predecessorId = entry ? ids.get(entry[0]) : undefined;
      if (!entry || !successorId || !predecessorId) return [];
      return [{ predecessorId, successorId, kind: 'split' as const, effectiveDate: REORGANISATION_DATE, confirmed: entry[1], note: entry[1] ? 'Xã/phường đặt tên theo trung tâm huyện cũ' : 'Theo phạm vi mã đơn vị hành chính cũ — cần xác nhận' }];
    }),
    { action: 'succession.seed' },
  );
  await createGroup(work, null, {
    ownerUnitId: root,
    name: 'Các đảng ủy xã, phường',
    aliases: ['Các đảng ủy xã, phường trực thuộc Tỉnh ủy', 'Đảng ủy các xã, phường'],
    members: created.map((u) => ({ unitId: u.id, validFrom: REORGANISATION_DATE })),
  });
  const tuanGiaoCommune = byCode.get('03253') ?? '';
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await work.write.insert(users, [{ username: 'xatuangiao.baocao', displayName: 'Lò Thị Hương (Đảng ủy xã Tuần Giáo)', role: 'reporter', unitId: tuanGiaoCommune, passwordHash }], { action: 'user.create' });
  for (const c of created) ids.set(`xa-${c.code}`, c.id);
  return ids;
}
