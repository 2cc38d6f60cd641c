/**
 * The frame of a Party document (Quy định 66-QĐ/TW of 06/02/2017 on the
 * format of Party documents, and its guide Hướng dẫn 36-HD/VPTW of
 * 03/04/2018): the issuing body and the body above it, number and symbol,
 * place and date, title, signature and distribution — derived from the
 * registry so the coordinator starts from sensible values and edits them.
 */
import { assertNever } from '../assert-never.ts';
import { civilParts, type CivilDate } from '../civil-date.ts';
import type { UnitKind } from '../org/vocab.ts';
import { periodTitle, type Period } from '../period/index.ts';
import type { ConsolidationKind, DocumentFrame, PlanInfo, Signer } from './types.ts';

export interface UnitInfo {
  name: string;
  shortName: string | null;
  kind: UnitKind;
}

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "27/8/2019": how a date is cited in running text. */
export function citedDate(date: CivilDate): string {
  const { year, month, day } = civilParts(date);
  return `${day}/${month}/${year}`;
}

/**
 * "Điện Biên, ngày 05 tháng 02 năm 2020". Hướng dẫn 36-HD/VPTW: days below 10
 * and the months 1 and 2 take a leading zero (so nobody can add a digit).
 * Without a date (not signed yet) the day and month are left blank to fill by hand.
 */
export function placeAndDate(place: string, date: CivilDate | null, year: number): string {
  if (date === null) return `${place}, ngày      tháng      năm ${year}`;
  const { year: y, month, day } = civilParts(date);
  const d = day < 10 ? `0${day}` : String(day);
  const m = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** "Số 125-BC/BTGTU"; without a number, room to write it by hand: "Số      -BC/BTGTU". */
export function numberLine(frame: Pick<DocumentFrame, 'number' | 'symbol'>): string {
  const n = frame.number?.trim();
  return n ? `Số ${n}-${frame.symbol}` : `Số      -${frame.symbol}`;
}

/** The signature block's lines above the space for the signature and seal. */
export function signerLines(signer: Signer): string[] {
  const lines: string[] = [];
  switch (signer.prefix) {
    case 'T/M':
    case 'K/T':
    case 'T/L':
      lines.push(`${signer.prefix} ${signer.body}`.trim());
      break;
    case 'none':
      if (signer.body.trim()) lines.push(signer.body.trim());
      break;
    default:
      return assertNever(signer.prefix, 'thẩm quyền ký');
  }
  if (signer.title.trim()) lines.push(signer.title.trim());
  return lines.map(upperVi);
}

// "Tỉnh ủy Điện Biên" → "Đảng bộ tỉnh Điện Biên": the Party organisation a committee leads.
const PARTY_ORGANISATION: [RegExp, string][] = [
  [/^Tỉnh ủy\s+/iu, 'Đảng bộ tỉnh '],
  [/^Thành ủy\s+/iu, 'Đảng bộ thành phố '],
  [/^Thị ủy\s+/iu, 'Đảng bộ thị xã '],
  [/^Huyện ủy\s+/iu, 'Đảng bộ huyện '],
  [/^Quận ủy\s+/iu, 'Đảng bộ quận '],
  [/^Đảng ủy\s+/iu, 'Đảng bộ '],
];

function organisationOf(committee: UnitInfo): string {
  for (const [re, replacement] of PARTY_ORGANISATION) if (re.test(committee.name)) return committee.name.replace(re, replacement);
  return committee.name;
}

/** The name without the parent's short name at its end ("Ban Tuyên giáo Tỉnh ủy" → "Ban Tuyên giáo"). */
function withoutParent(unit: UnitInfo, parent: UnitInfo | null): string {
  const suffix = parent?.shortName?.trim();
  if (suffix && unit.name.toLocaleLowerCase('vi').endsWith(` ${suffix.toLocaleLowerCase('vi')}`)) return unit.name.slice(0, -suffix.length - 1).trim();
  return unit.name;
}

/**
 * The issuing body and the body above it (Hướng dẫn 36-HD/VPTW, "tên cơ quan
 * ban hành văn bản"): a committee under another names the Party organisation
 * above it (ĐẢNG BỘ TỈNH ĐIỆN BIÊN / HUYỆN ỦY TUẦN GIÁO); an advisory body
 * names its committee (TỈNH ỦY ĐIỆN BIÊN / BAN TUYÊN GIÁO); a top-level
 * committee stands alone (TỈNH ỦY ĐIỆN BIÊN).
 */
export function headerOf(unit: UnitInfo, parent: UnitInfo | null): { superior: string | null; issuer: string } {
  switch (unit.kind) {
    case 'cap-uy':
      return { superior: parent && parent.kind === 'cap-uy' ? upperVi(organisationOf(parent)) : null, issuer: upperVi(unit.name) };
    case 'ban-thuong-vu':
      // The standing committee issues in its committee's name.
      return parent ? { superior: null, issuer: upperVi(parent.name) } : { superior: null, issuer: upperVi(unit.name) };
    case 'tham-muu':
      return { superior: parent ? upperVi(parent.name) : null, issuer: upperVi(withoutParent(unit, parent)) };
    case 'dang-doan':
    case 'mttq-doan-the':
    case 'so-nganh':
    case 'chinh-quyen':
    case 'co-so':
    case 'khac':
      return { superior: parent && parent.kind === 'cap-uy' ? upperVi(organisationOf(parent)) : null, issuer: upperVi(unit.name) };
    default:
      return assertNever(unit.kind, 'loại đơn vị');
  }
}

/** Initials in upper case, without diacritics but keeping Đ, as Party symbols are written (ĐU, BTGTU). */
function initials(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => {
      const first = upperVi(w.charAt(0));
      return first === 'Đ' ? 'Đ' : first.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    })
    .join('');
}

/** The committee's own abbreviation: "Tỉnh ủy …" → TU, "Huyện ủy …" → HU, "Đảng ủy …" → ĐU. */
function committeeAbbreviation(committee: UnitInfo): string {
  return initials(committee.name.split(/\s+/).slice(0, 2).join(' '));
}

/**
 * The issuer's part of a document symbol (Quy định 66-QĐ/TW, Điều 8): a
 * committee by its first two words (TU, HU, ĐU), an advisory body by its
 * initials followed by its committee's (Ban Tuyên giáo Tỉnh ủy → BTGTU),
 * anything else by its initials. The coordinator corrects it when practice differs.
 */
export function issuerAbbreviation(unit: UnitInfo, parent: UnitInfo | null): string {
  switch (unit.kind) {
    case 'cap-uy':
      return committeeAbbreviation(unit);
    case 'ban-thuong-vu':
      return parent ? committeeAbbreviation(parent) : initials(unit.name);
    case 'tham-muu':
      return initials(withoutParent(unit, parent)) + (parent && parent.kind === 'cap-uy' ? committeeAbbreviation(parent) : '');
    case 'dang-doan':
    case 'mttq-doan-the':
    case 'so-nganh':
    case 'chinh-quyen':
    case 'co-so':
    case 'khac':
      return initials(unit.name).slice(0, 8);
    default:
      return assertNever(unit.kind, 'loại đơn vị');
  }
}

/** The place in the date line: the district for a district committee ("Tuần Giáo"), otherwise the plan's. */
export function placeOf(unit: UnitInfo, fallback: string): string {
  const m = /^(?:Huyện ủy|Thị ủy|Thành ủy|Quận ủy)\s+(.+)$/iu.exec(unit.name);
  return m?.[1]?.trim() || fallback;
}

const KNOWN_BODIES: Record<string, string> = {
  'BAN THƯỜNG VỤ': 'Ban Thường vụ',
  'BAN CHẤP HÀNH': 'Ban Chấp hành',
  'THƯỜNG TRỰC': 'Thường trực',
  'BAN BÍ THƯ': 'Ban Bí thư',
  'BỘ CHÍNH TRỊ': 'Bộ Chính trị',
};

/**
 * Who issued a plan, as cited in running text ("Kế hoạch số 82-KH/TU … của
 * Ban Thường vụ Tỉnh ủy"): the collective body of the signature ("T/M BAN
 * THƯỜNG VỤ") with the committee's short name; without a signature, a
 * committee's plans are its standing committee's *(practice: kế hoạch of a
 * tỉnh ủy are signed T/M Ban Thường vụ)*; anything else is the owner itself.
 */
export function issuedByOf(owner: UnitInfo, signerAuthority: string | null): string {
  const short = owner.shortName?.trim() || owner.name;
  const m = signerAuthority ? /^\s*T\s*[/.]\s*M\.?\s+(.+)$/iu.exec(signerAuthority) : null;
  if (m?.[1]) {
    const body = upperVi(m[1].trim());
    const known = KNOWN_BODIES[body];
    return `${known ?? body.charAt(0) + body.slice(1).toLocaleLowerCase('vi')} ${short}`;
  }
  return owner.kind === 'cap-uy' ? `Ban Thường vụ ${short}` : owner.name;
}

/** "Kế hoạch số 82-KH/TU ngày 27/8/2019 của Ban Thường vụ Tỉnh ủy". */
export function planReference(plan: PlanInfo): string {
  const parts: string[] = [plan.type ?? 'Kế hoạch'];
  if (plan.number) parts.push(`số ${plan.number}`);
  if (plan.date) parts.push(`ngày ${citedDate(plan.date)}`);
  if (plan.issuedBy) parts.push(`của ${plan.issuedBy}`);
  return parts.join(' ');
}

/**
 * The plan's subject, short enough to cite: a title that implements another
 * document ("thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về
 * tiếp tục …") is cited up to that document, as offices do; others whole.
 */
export function planSubject(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = /^(thực hiện .+? số \S+.*?)\s+về\s+/iu.exec(t);
  return m?.[1] ?? t;
}

/** The first and last month of a period, counted from year 0. */
function monthIndex(p: Period): { first: number; last: number } {
  const base = p.year * 12;
  switch (p.type) {
    case 'monthly':
      return { first: base + p.month - 1, last: base + p.month - 1 };
    case 'quarterly':
      return { first: base + (p.quarter - 1) * 3, last: base + p.quarter * 3 - 1 };
    case '6-monthly':
      return { first: base + (p.half - 1) * 6, last: base + p.half * 6 - 1 };
    case 'yearly':
      return { first: base, last: base + 11 };
    default:
      return assertNever(p, 'kỳ báo cáo');
  }
}

/** "2 năm", "18 tháng": the span a review covers. */
export function spanPhrase(periods: readonly Period[]): string {
  if (periods.length === 0) return '0 tháng';
  const months = Math.max(...periods.map((p) => monthIndex(p).last)) - Math.min(...periods.map((p) => monthIndex(p).first)) + 1;
  return months % 12 === 0 ? `${months / 12} năm` : `${months} tháng`;
}

export function reviewWord(kind: Exclude<ConsolidationKind, 'period'>): string {
  switch (kind) {
    case 'so-ket':
      return 'sơ kết';
    case 'tong-ket':
      return 'tổng kết';
    default:
      return assertNever(kind, 'loại báo cáo');
  }
}

/**
 * The subject line (trích yếu) under "BÁO CÁO":
 * period: "kết quả thực hiện Kế hoạch số 82-KH/TU ngày 27/8/2019 của Ban Thường vụ
 * Tỉnh ủy thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư, 6 tháng đầu năm 2020";
 * review: "sơ kết 2 năm thực hiện Kế hoạch số 82-KH/TU … của Ban Bí thư".
 */
export function consolidationTitle(plan: PlanInfo, kind: ConsolidationKind, periods: readonly Period[]): string {
  const subject = planSubject(plan.title);
  const what = `${planReference(plan)}${subject ? ` ${subject}` : ''}`;
  switch (kind) {
    case 'period': {
      const p = periods[0];
      return `kết quả thực hiện ${what}${p ? `, ${periodTitle(p)}` : ''}`;
    }
    case 'so-ket':
    case 'tong-ket':
      return `${reviewWord(kind)} ${spanPhrase(periods)} thực hiện ${what}`;
    default:
      return assertNever(kind, 'loại báo cáo');
  }
}

/** A new document's frame, from the issuing unit and the plan; the coordinator edits it. */
export function defaultFrame(input: { issuer: UnitInfo; parent: UnitInfo | null; place: string; recipients: string[] }): DocumentFrame {
  const header = headerOf(input.issuer, input.parent);
  const head: Signer =
    input.issuer.kind === 'tham-muu'
      ? { prefix: 'none', body: '', title: 'TRƯỞNG BAN', name: '' }
      : { prefix: 'T/M', body: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: '' };
  return {
    superior: header.superior,
    issuer: header.issuer,
    number: null,
    symbol: `BC/${issuerAbbreviation(input.issuer, input.parent)}`,
    place: placeOf(input.issuer, input.place),
    date: null,
    signer: head,
    recipients: input.recipients,
    archive: 'Lưu Văn phòng',
  };
}
