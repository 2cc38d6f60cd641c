/**
 * The organisation registry: units, groups and their members.
 */
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { CivilDate } from '../../core/civil-date.ts';
import { isValidOn, wouldCycle } from '../../core/org/tree.ts';
import type { RegistryEntry } from '../../core/org/resolve.ts';
import type { UnitKind } from '../../core/org/vocab.ts';
import { foldVietnamese, sortVietnamese } from '../../core/text/vietnamese.ts';
import { anyUuid } from '../db/sql.ts';
import { assignments, duties, plans, unitGroupMembers, unitGroups, units, users } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { Scope } from './scope.ts';

export type UnitRow = typeof units.$inferSelect;
export type GroupRow = typeof unitGroups.$inferSelect;

export interface UnitInput {
  parentId: string | null;
  kind: UnitKind;
  name: string;
  shortName?: string | null;
  aliases?: string[];
  code?: string | null;
  validFrom?: CivilDate | null;
  validTo?: CivilDate | null;
  sortOrder?: number;
}

export function unitSearchText(u: { name: string; shortName?: string | null; aliases?: readonly string[]; code?: string | null }): string {
  return foldVietnamese([u.name, u.shortName ?? '', ...(u.aliases ?? []), u.code ?? ''].join(' | '));
}

function cleanAliases(aliases: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of aliases ?? []) {
    const t = a.trim();
    if (t && !seen.has(foldVietnamese(t))) {
      seen.add(foldVietnamese(t));
      out.push(t);
    }
  }
  return out;
}

function unitValues(input: UnitInput) {
  const aliases = cleanAliases(input.aliases);
  return {
    parentId: input.parentId,
    kind: input.kind,
    name: input.name.trim(),
    shortName: input.shortName?.trim() || null,
    aliases,
    code: input.code?.trim() || null,
    validFrom: input.validFrom || null,
    validTo: input.validTo || null,
    sortOrder: input.sortOrder ?? 0,
    searchText: unitSearchText({ ...input, aliases }),
  };
}

export async function listUnits(read: ReadTx, scope: Scope, options: { q?: string; asOf?: CivilDate } = {}): Promise<UnitRow[]> {
  const conditions = [];
  const ids = scope.list();
  if (ids) conditions.push(anyUuid(units.id, ids));
  if (options.q) conditions.push(sql`${units.searchText} LIKE ${`%${foldVietnamese(options.q)}%`}`);
  const rows = await read.select().from(units).where(conditions.length ? and(...conditions) : undefined).orderBy(asc(units.sortOrder));
  const visible = options.asOf ? rows.filter((u) => isValidOn(u, options.asOf as CivilDate)) : rows;
  return sortVietnamese(visible, (u) => u.name).sort((a, b) => a.sortOrder - b.sortOrder);
}

export async function getUnit(read: ReadTx, scope: Scope, id: string): Promise<UnitRow> {
  scope.check(id);
  const [row] = await read.select().from(units).where(eq(units.id, id));
  if (!row) throw notFound('unit');
  return row;
}

async function allUnitsForCycleCheck(read: ReadTx) {
  return read.select({ id: units.id, parentId: units.parentId, name: units.name, sortOrder: units.sortOrder, validFrom: units.validFrom, validTo: units.validTo }).from(units);
}

export async function createUnits(work: Work, scope: Scope | null, inputs: UnitInput[], options: { audit?: 'each' | 'summary' } = {}): Promise<UnitRow[]> {
  for (const input of inputs) if (scope && input.parentId) scope.check(input.parentId);
  if (scope && !scope.all && inputs.some((i) => !i.parentId)) throw new AppError('FORBIDDEN');
  return work.write.insert(units, inputs.map(unitValues), { action: 'unit.create', audit: options.audit });
}

export async function updateUnit(work: Work, scope: Scope, id: string, input: UnitInput, expectedVersion: number): Promise<UnitRow> {
  scope.check(id);
  if (input.parentId) scope.check(input.parentId);
  if (input.parentId === id || wouldCycle(await allUnitsForCycleCheck(work.read), id, input.parentId)) throw new AppError('UNIT_CYCLE');
  return work.write.update(units, id, unitValues(input), { action: 'unit.update', expectedVersion });
}

export async function deleteUnit(work: Work, scope: Scope, id: string): Promise<void> {
  scope.check(id);
  const [child] = await work.read.select({ id: units.id }).from(units).where(eq(units.parentId, id)).limit(1);
  if (child) throw new AppError('UNIT_HAS_CHILDREN');
  const uses = await Promise.all([
    work.read.$count(users, eq(users.unitId, id)),
    work.read.$count(duties, eq(duties.unitId, id)),
    work.read.$count(plans, or(eq(plans.ownerUnitId, id), eq(plans.coordinatorUnitId, id))),
  ]);
  if (uses.some((n) => n > 0)) throw new AppError('UNIT_IN_USE');
  await work.write.delete(unitGroupMembers, eq(unitGroupMembers.unitId, id), { action: 'group.member-remove' });
  await work.write.delete(units, eq(units.id, id), { action: 'unit.delete' });
}

export interface GroupInput {
  ownerUnitId: string;
  name: string;
  aliases?: string[];
  members: { unitId: string; validFrom?: CivilDate | null; validTo?: CivilDate | null }[];
}

export interface GroupView extends GroupRow {
  members: { unitId: string; validFrom: CivilDate | null; validTo: CivilDate | null }[];
}

export async function listGroups(read: ReadTx, scope: Scope): Promise<GroupView[]> {
  const ids = scope.list();
  const groups = await read.select().from(unitGroups).where(ids ? anyUuid(unitGroups.ownerUnitId, ids) : undefined);
  if (groups.length === 0) return [];
  const members = await read
    .select()
    .from(unitGroupMembers)
    .where(inArray(unitGroupMembers.groupId, groups.map((g) => g.id)));
  return sortVietnamese(
    groups.map((g) => ({ ...g, members: members.filter((m) => m.groupId === g.id).map(({ unitId, validFrom, validTo }) => ({ unitId, validFrom, validTo })) })),
    (g) => g.name,
  );
}

export async function createGroup(work: Work, scope: Scope | null, input: GroupInput): Promise<GroupRow> {
  if (scope) {
    scope.check(input.ownerUnitId);
    for (const m of input.members) scope.check(m.unitId);
  }
  const aliases = cleanAliases(input.aliases);
  const group = await work.write.insertOne(
    unitGroups,
    { ownerUnitId: input.ownerUnitId, name: input.name.trim(), aliases, searchText: foldVietnamese([input.name, ...aliases].join(' | ')) },
    { action: 'group.create' },
  );
  await work.write.insert(
    unitGroupMembers,
    input.members.map((m) => ({ groupId: group.id, unitId: m.unitId, validFrom: m.validFrom ?? null, validTo: m.validTo ?? null })),
    { action: 'group.member-add' },
  );
  return group;
}

export async function updateGroup(work: Work, scope: Scope, id: string, input: GroupInput, expectedVersion: number): Promise<GroupRow> {
  const [current] = await work.read.select().from(unitGroups).where(eq(unitGroups.id, id));
  if (!current) throw notFound('group');
  scope.check(current.ownerUnitId);
  scope.check(input.ownerUnitId);
  for (const m of input.members) scope.check(m.unitId);
  const aliases = cleanAliases(input.aliases);
  const group = await work.write.update(
    unitGroups,
    id,
    { ownerUnitId: input.ownerUnitId, name: input.name.trim(), aliases, searchText: foldVietnamese([input.name, ...aliases].join(' | ')) },
    { action: 'group.update', expectedVersion },
  );
  await work.write.delete(unitGroupMembers, eq(unitGroupMembers.groupId, id), { action: 'group.member-remove' });
  await work.write.insert(
    unitGroupMembers,
    input.members.map((m) => ({ groupId: id, unitId: m.unitId, validFrom: m.validFrom ?? null, validTo: m.validTo ?? null })),
    { action: 'group.member-add' },
  );
  return group;
}

export async function deleteGroup(work: Work, scope: Scope, id: string): Promise<void> {
  const [current] = await work.read.select().from(unitGroups).where(eq(unitGroups.id, id));
  if (!current) throw notFound('group');
  scope.check(current.ownerUnitId);
  const [used] = await work.read.select({ id: assignments.id }).from(assignments).where(sql`${id}::uuid = ANY(${assignments.groupIds})`).limit(1);
  if (used) throw new AppError('UNIT_IN_USE');
  await work.write.delete(unitGroupMembers, eq(unitGroupMembers.groupId, id), { action: 'group.member-remove' });
  await work.write.delete(unitGroups, eq(unitGroups.id, id), { action: 'group.delete' });
}

/**
 * Units and groups a plan of `ownerRootId`'s organisation can assign to, as
 * valid on the plan's date (a 2019 plan resolves "các huyện ủy" to the 2019
 * district committees).
 */
export async function registryEntries(read: ReadTx, scope: Scope, asOf: CivilDate | null): Promise<{ entries: RegistryEntry[]; groupMembers: Map<string, string[]> }> {
  const unitRows = await listUnits(read, scope, asOf ? { asOf } : {});
  const groups = await listGroups(read, scope);
  const entries: RegistryEntry[] = [
    ...unitRows.map((u) => ({ ref: { kind: 'unit' as const, id: u.id }, name: u.name, aliases: [...(u.shortName ? [u.shortName] : []), ...u.aliases] })),
    ...groups.map((g) => ({ ref: { kind: 'group' as const, id: g.id }, name: g.name, aliases: g.aliases })),
  ];
  const validIds = new Set(unitRows.map((u) => u.id));
  const groupMembers = new Map(
    groups.map((g) => [g.id, g.members.filter((m) => validIds.has(m.unitId) && (!asOf || isValidOn(m, asOf))).map((m) => m.unitId)]),
  );
  return { entries, groupMembers };
}

/** Units by id, for presenting names. */
export async function unitNames(read: ReadTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await read.select({ id: units.id, name: units.name }).from(units).where(anyUuid(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function rootUnits(read: ReadTx): Promise<UnitRow[]> {
  return read.select().from(units).where(isNull(units.parentId));
}
