/**
 * Closed vocabularies of the organisation registry.
 */

/**
 * Kinds of unit in the political system (see docs/glossary.md):
 * - cap-uy: a Party committee (Tỉnh ủy, huyện ủy, đảng ủy xã, đảng ủy khối…)
 * - ban-thuong-vu: the standing committee of a cấp ủy
 * - tham-muu: its advisory and support bodies (Văn phòng, Ban Tổ chức, Ban Tuyên giáo…)
 * - dang-doan: đảng đoàn and ban cán sự đảng (Party groups inside state bodies)
 * - mttq-doan-the: the Fatherland Front and mass organisations
 * - so-nganh: state departments and agencies (sở, ngành)
 * - chinh-quyen: People's Councils and Committees (HĐND, UBND)
 * - co-so: grassroots Party organisations (chi bộ, đảng bộ cơ sở)
 * - khac: anything else
 */
export const UNIT_KINDS = ['cap-uy', 'ban-thuong-vu', 'tham-muu', 'dang-doan', 'mttq-doan-the', 'so-nganh', 'chinh-quyen', 'co-so', 'khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  'cap-uy': 'Cấp ủy',
  'ban-thuong-vu': 'Ban Thường vụ',
  'tham-muu': 'Cơ quan tham mưu, giúp việc',
  'dang-doan': 'Đảng đoàn, ban cán sự đảng',
  'mttq-doan-the': 'MTTQ và các đoàn thể',
  'so-nganh': 'Sở, ban, ngành',
  'chinh-quyen': 'HĐND, UBND',
  'co-so': 'Tổ chức cơ sở đảng',
  khac: 'Khác',
};

/** The role a unit takes in a duty (practice in Party and state plans). */
export const DUTY_ROLES = ['chu-tri', 'phoi-hop'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];

export const DUTY_ROLE_LABELS: Record<DutyRole, string> = {
  'chu-tri': 'Chủ trì',
  'phoi-hop': 'Phối hợp',
};
