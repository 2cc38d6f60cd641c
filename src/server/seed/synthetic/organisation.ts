/**
 * The national organisation of the synthetic data set, built in memory: the
 * Central Committee and its bodies, the provinces' committees (from
 * assets/admin-units, after 1/7/2025) with their standing bodies, the party
 * committees of the communes and wards, and the grassroots organisations
 * beneath them; groups plans assign to; one account per role and unit.
 */
import { readFileSync } from 'node:fs';
import type { Role } from '../../../core/access/roles.ts';
import type { CivilDate } from '../../../core/civil-date.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import type { unitGroupMembers, unitGroups, units, users } from '../../db/schema/index.ts';
import { unitSearchText } from '../../services/registry.ts';
import { communeCommitteeName, REORGANISATION_DATE } from '../dien-bien-2025.ts';
import type { Random } from './prng.ts';
import { CENTRAL_BODIES, committeeWord, grassrootsNames, personName, provinceCommitteeName } from './texts.ts';

export type UnitInsert = typeof units.$inferInsert & { id: string };
export type UserInsert = typeof users.$inferInsert & { id: string };
export type GroupInsert = typeof unitGroups.$inferInsert & { id: string };
export type MemberInsert = typeof unitGroupMembers.$inferInsert;

export interface SynCommune {
  id: string;
  name: string;
  code: string;
  reporterId: string;
  grassrootsIds: string[];
}

export interface SynProvince {
  id: string;
  name: string;
  code: string;
  city: boolean;
  shortPlace: string;
  btgId: string;
  btgName: string;
  reporterId: string;
  coordinatorId: string;
  groupId: string;
  communes: SynCommune[];
}

export interface SynOrg {
  rootId: string;
  rootName: string;
  btgId: string;
  btgName: string;
  coordinatorId: string;
  nationalGroupId: string;
  provinces: SynProvince[];
  units: UnitInsert[];
  groups: GroupInsert[];
  members: MemberInsert[];
  users: UserInsert[];
}

export interface OrgSizes {
  /** How many provinces, in the order of the admin-unit file; null for all 34. */
  provinces: number | null;
  /** At most this many communes per province; null for all. */
  communesPerProvince: number | null;
  /** Grassroots organisations in all, spread over the communes. */
  grassroots: number;
}

interface AdminProvince {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

export function loadAdminUnits(): AdminProvince[] {
  return JSON.parse(readFileSync(new URL('../../../../assets/admin-units/vn-admin-units-2025.json', import.meta.url), 'utf8')) as AdminProvince[];
}

/** Splits `total` over weights, whole numbers summing exactly to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

export function buildOrganisation(rng: Random, sizes: OrgSizes, passwordHash: string): SynOrg {
  const unitRows: UnitInsert[] = [];
  const userRows: UserInsert[] = [];
  const addUnit = (u: Omit<UnitInsert, 'id' | 'searchText'> & { aliases: string[] }): string => {
    const id = rng.uuid();
    unitRows.push({ ...u, id, searchText: unitSearchText(u) });
    return id;
  };
  const addUser = (username: string, role: Role, unitId: string, unitName: string): string => {
    const id = rng.uuid();
    userRows.push({ id, username, role, unitId, passwordHash, displayName: `${personName(rng)} (${unitName})` });
    return id;
  };

  const rootName = 'Ban Chấp hành Trung ương';
  const rootId = addUnit({ parentId: null, kind: 'cap-uy', name: rootName, shortName: 'Trung ương', aliases: ['Ban Chấp hành Trung ương Đảng', 'BCH Trung ương'], sortOrder: 0 });
  const central = new Map<string, string>();
  CENTRAL_BODIES.forEach((b, i) => central.set(b.key, addUnit({ parentId: rootId, kind: b.kind, name: b.name, aliases: b.aliases, sortOrder: i + 1 })));
  const btgBody = CENTRAL_BODIES.find((b) => b.key === 'btgtw');
  const btgId = central.get('btgtw') ?? '';
  addUser('admin', 'admin', central.get('vptw') ?? '', 'Văn phòng Trung ương Đảng');
  const coordinatorId = addUser('tw.dieuphoi', 'coordinator', btgId, btgBody?.name ?? '');
  addUser('tw.lanhdao', 'viewer', central.get('bbt') ?? '', 'Ban Bí thư');

  const admin = loadAdminUnits();
  const chosen = sizes.provinces === null ? admin : admin.slice(0, Math.max(1, sizes.provinces));
  const provinces: SynProvince[] = [];
  const communeUnits: { province: SynProvince; commune: SynCommune; fullName: string }[] = [];
  for (const [pi, p] of chosen.entries()) {
    const names = provinceCommitteeName(p.FullName);
    const word = committeeWord(names.city);
    const id = addUnit({
      parentId: rootId,
      kind: 'cap-uy',
      name: names.name,
      shortName: word,
      code: p.Code,
      aliases: [`Ban Chấp hành Đảng bộ ${names.city ? 'thành phố' : 'tỉnh'} ${names.shortPlace}`, names.name.toUpperCase()],
      validFrom: REORGANISATION_DATE,
      sortOrder: 100 + pi,
    });
    addUnit({ parentId: id, kind: 'ban-thuong-vu', name: `Ban Thường vụ ${word} ${names.shortPlace}`, aliases: [`Thường trực ${word}`], validFrom: REORGANISATION_DATE, sortOrder: 1 });
    addUnit({ parentId: id, kind: 'tham-muu', name: `Văn phòng ${word} ${names.shortPlace}`, aliases: [`Văn phòng ${word}`], validFrom: REORGANISATION_DATE, sortOrder: 2 });
    const btgName = `Ban Tuyên giáo và Dân vận ${word} ${names.shortPlace}`;
    const provinceBtg = addUnit({ parentId: id, kind: 'tham-muu', name: btgName, aliases: [`Ban Tuyên giáo ${word}`, 'Ban Tuyên giáo', `Ban Dân vận ${word}`], validFrom: REORGANISATION_DATE, sortOrder: 3 });
    const province: SynProvince = {
      id,
      name: names.name,
      code: p.Code,
      city: names.city,
      shortPlace: names.shortPlace,
      btgId: provinceBtg,
      btgName,
      reporterId: addUser(`bc.${p.Code}`, 'reporter', id, names.name),
      coordinatorId: addUser(`dp.${p.Code}`, 'coordinator', provinceBtg, btgName),
      groupId: rng.uuid(),
      communes: [],
    };
    provinces.push(province);
    const wards = sizes.communesPerProvince === null ? p.Wards : p.Wards.slice(0, sizes.communesPerProvince);
    for (const [wi, w] of wards.entries()) {
      const name = communeCommitteeName(w.FullName);
      const communeId = addUnit({ parentId: id, kind: 'cap-uy', name, code: w.Code, aliases: [w.FullName], validFrom: REORGANISATION_DATE, sortOrder: 10 + wi });
      const commune: SynCommune = { id: communeId, name, code: w.Code, reporterId: addUser(`bc.${w.Code}`, 'reporter', communeId, name), grassrootsIds: [] };
      province.communes.push(commune);
      communeUnits.push({ province, commune, fullName: w.FullName });
    }
  }

  // Grassroots: about 15 per commune nationally, more in large rural communes than in wards.
  const counts = apportion(
    sizes.grassroots,
    communeUnits.map((c) => (c.fullName.startsWith('Phường') ? 0.7 : 1) * (0.5 + rng.float())),
  );
  for (const [ci, c] of communeUnits.entries()) {
    const names = grassrootsNames(rng, c.fullName, counts[ci] ?? 0);
    for (const [gi, name] of names.entries()) {
      c.commune.grassrootsIds.push(addUnit({ parentId: c.commune.id, kind: 'co-so', name, aliases: [], sortOrder: gi + 1 }));
    }
  }

  const groups: GroupInsert[] = [];
  const members: MemberInsert[] = [];
  const addGroup = (id: string, ownerUnitId: string, name: string, aliases: string[], memberIds: string[], validFrom: CivilDate | null) => {
    groups.push({ id, ownerUnitId, name, aliases, searchText: foldVietnamese([name, ...aliases].join(' | ')) });
    for (const unitId of memberIds) members.push({ groupId: id, unitId, validFrom });
  };
  const nationalGroupId = rng.uuid();
  addGroup(nationalGroupId, rootId, 'Các tỉnh ủy, thành ủy', ['Các tỉnh ủy, thành ủy trực thuộc Trung ương'], provinces.map((p) => p.id), REORGANISATION_DATE);
  for (const p of provinces) {
    addGroup(p.groupId, p.id, 'Các đảng ủy xã, phường', ['Các đảng ủy xã, phường, đặc khu', 'Đảng ủy các xã, phường'], p.communes.map((c) => c.id), REORGANISATION_DATE);
  }
  return { rootId, rootName, btgId, btgName: btgBody?.name ?? '', coordinatorId, nationalGroupId, provinces, units: unitRows, groups, members, users: userRows };
}
