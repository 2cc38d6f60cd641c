/**
 * Điện Biên's reorganisation of 1 July 2025 (Nghị quyết 1661/NQ-UBTVQH15 of
 * 16/6/2025 for the communes): the ten district-level committees end on
 * 30/6/2025; the party committees of the 45 new communes and wards (names
 * and codes from assets/admin-units, province code 11) begin on 1/7/2025
 * directly under the Tỉnh ủy.
 *
 * Successors: a new commune named after the old district seat ("Xã Tuần
 * Giáo") certainly took over that district's seat and is recorded as a
 * confirmed successor. The others are recorded from the old administrative
 * code ranges and wait for the coordinator to confirm them: the exact
 * territorial mapping is in the provincial resolutions, not in our data.
 */
import { readFileSync } from 'node:fs';
import type { CivilDate } from '../../core/civil-date.ts';

export const REORGANISATION_DATE = '2025-07-01' as CivilDate;
export const LAST_DISTRICT_DAY = '2025-06-30' as CivilDate;

interface AdminUnits {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

export function dienBienCommunes(): { code: string; fullName: string }[] {
  const data = JSON.parse(readFileSync(new URL('../../../assets/admin-units/vn-admin-units-2025.json', import.meta.url), 'utf8')) as AdminUnits[];
  const province = data.find((p) => p.Code === '11');
  if (!province) throw new Error('province 11 (Điện Biên) missing from the admin-unit data');
  return province.Wards.map((w) => ({ code: w.Code, fullName: w.FullName }));
}

/** "Xã Tuần Giáo" → "Đảng ủy xã Tuần Giáo". */
export function communeCommitteeName(fullName: string): string {
  return `Đảng ủy ${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`;
}

/** Old district (seed key) of each new commune, by code; `true` when certain (the district seat). */
export const COMMUNE_PREDECESSORS: Record<string, [district: string, certain: boolean]> = {
  '03127': ['tp-dbp', true],
  '03334': ['tp-dbp', true],
  '03151': ['tx-ml', true],
  '03158': ['h-mn', false],
  '03160': ['h-mn', true],
  '03162': ['h-mn', false],
  '03163': ['h-mn', false],
  '03164': ['h-mn', false],
  '03166': ['h-mc', true],
  '03169': ['h-np', false],
  '03172': ['h-mc', false],
  '03175': ['h-np', false],
  '03176': ['h-np', false],
  '03181': ['h-mc', false],
  '03193': ['h-mc', false],
  '03194': ['h-mc', false],
  '03199': ['h-np', false],
  '03202': ['h-db', false],
  '03203': ['h-dbd', false],
  '03208': ['h-dbd', false],
  '03214': ['h-dbd', false],
  '03217': ['h-tc', true],
  '03220': ['h-tc', false],
  '03226': ['h-tc', false],
  '03241': ['h-tc', false],
  '03244': ['h-tc', false],
  '03253': ['h-tg', true],
  '03256': ['h-ma', true],
  '03260': ['h-tg', false],
  '03268': ['h-tg', false],
  '03283': ['h-tg', false],
  '03295': ['h-tg', false],
  '03301': ['h-ma', false],
  '03313': ['h-ma', false],
  '03316': ['h-db', false],
  '03325': ['h-db', false],
  '03328': ['h-db', false],
  '03349': ['h-db', false],
  '03352': ['h-db', false],
  '03356': ['h-db', false],
  '03358': ['h-db', false],
  '03368': ['h-db', false],
  '03370': ['h-dbd', false],
  '03382': ['h-dbd', false],
  '03385': ['h-dbd', false],
};
