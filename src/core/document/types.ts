/**
 * The structure of a plan document (kế hoạch, chương trình, quyết định, công văn…)
 * as `parsePlanDocument` returns it. Field names are a public contract: the
 * CLI prints them with `--json` and the importer stores them.
 */
import type { CivilDate } from '../civil-date.ts';

/** How often a reporting duty recurs. "once" is a single report (e.g. a sơ kết). */
export const CADENCES = ['monthly', 'quarterly', '6-monthly', 'yearly', 'once'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * What a duty asks a unit to do, when the wording says so:
 * - sub-plan: build its own programme or plan (xây dựng chương trình, kế hoạch)
 * - disseminate: phổ biến, quán triệt, tuyên truyền
 * - guide-inspect: hướng dẫn, kiểm tra, đôn đốc, giám sát
 * - review: sơ kết, tổng kết
 * - report: báo cáo
 * - other: anything else (lãnh đạo, chỉ đạo, ban hành cơ chế…)
 */
export const DUTY_KINDS = ['sub-plan', 'disseminate', 'guide-inspect', 'review', 'report', 'other'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** Document genres as written in Vietnamese, capitalised as in running text. */
export const DOCUMENT_GENRES = [
  'Nghị quyết',
  'Kết luận',
  'Chỉ thị',
  'Kế hoạch',
  'Chương trình',
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Thông báo',
  'Hướng dẫn',
  'Công văn',
  'Báo cáo',
  'Tờ trình',
  'Đề án',
  'Thông tư',
  'Nghị định',
  'Luật',
  'Công điện',
] as const;
export type DocumentGenre = (typeof DOCUMENT_GENRES)[number];

export interface Citation {
  /** As written, normalised spacing: "51-KL/TW", "5257/KH-UBND", "55/2007/CT-UBND". */
  symbol: string;
  type: DocumentGenre | null;
  date: CivilDate | null;
  /** The body named after the date, when the text says ("Ban Bí thư"). */
  issuer: string | null;
}

export interface Deadline {
  /** The deadline phrase as written ("hoàn thành trong quý IV/2019"). */
  text: string;
  /** The last civil day it allows, or null when the phrase has no date. */
  date: CivilDate | null;
}

export interface ReportDuty {
  text: string;
  cadence: Cadence;
  /** Bodies the report goes to ("về Ban Thường vụ Tỉnh ủy", "với A và B"). */
  to: string[];
  /** Bodies it goes through ("qua Ban Tuyên giáo Tỉnh ủy"). */
  via: string[];
}

export interface Duty {
  kind: DutyKind;
  /** The clause of the text that states the duty. */
  text: string;
  deadline: Deadline | null;
}

export interface Assignment {
  /** The unit or group as written ("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh"). */
  unit: string;
  duties: Duty[];
  deadlines: Deadline[];
  reports: ReportDuty[];
  /** Other units this one works with ("phối hợp với …"): they take the phối hợp role. */
  partners: string[];
  /** The whole text assigned to the unit, paragraphs joined by newlines. */
  text: string;
  /** 1-based line where the assignment starts. */
  line: number;
}

export interface OutlinePoint {
  /** "a", "b", … */
  number: string;
  title: string;
  paragraphs: string[];
}

export interface OutlineItem {
  /** "1", "2", … or "Điều 3" in a decision. */
  number: string;
  title: string;
  paragraphs: string[];
  points: OutlinePoint[];
}

export interface Section {
  /** Roman numeral ("I", "II") or "" for a decision's articles. */
  number: string;
  title: string;
  paragraphs: string[];
  items: OutlineItem[];
}

export const PARSE_ISSUE_CODES = [
  'ENCODING_DETECTED',
  'EMPTY_DOCUMENT',
  'NO_NUMBER',
  'NO_ISSUER',
  'NO_DATE',
  'BLANK_DATE',
  'INVALID_DATE',
  'NO_TYPE',
  'NO_TITLE',
  'NO_SECTIONS',
  'NO_ASSIGNMENTS',
  'NO_RECIPIENTS',
  'UNRESOLVED_DEADLINE',
  'CITATION_WITHOUT_DATE',
  'TRUNCATED',
  // The parser hit an internal error on this input and returned what it had.
  'PARSER_ERROR',
  // Reported by the reading step (server ingest), not the parser: the file's
  // content is not the format its name says (a .doc that is a .docx, …).
  'FILE_TYPE_MISMATCH',
] as const;
export type ParseIssueCode = (typeof PARSE_ISSUE_CODES)[number];

export interface ParseIssue {
  code: ParseIssueCode;
  /** In Vietnamese, for the person checking the import. */
  message: string;
  /** 1-based line in the input, or null when it concerns the whole document. */
  line: number | null;
}

/** The signature block: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Nguyễn Văn A". */
export interface Signer {
  /** Signing-authority lines as written ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"), joined by " ". */
  authority: string | null;
  /** The signer's office ("PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH"). */
  title: string | null;
  name: string | null;
}

export interface ParsedPlan {
  /** Number and symbol without "Số": "82-KH/TU", "5257/KH-UBND". */
  number: string | null;
  type: DocumentGenre | null;
  issuer: string | null;
  /** The body above the issuer in a Party header ("ĐẢNG BỘ TỈNH …"), when there is one. */
  superiorIssuer: string | null;
  place: string | null;
  date: CivilDate | null;
  title: string | null;
  cites: Citation[];
  sections: Section[];
  assignments: Assignment[];
  recipients: string[];
  /**
   * Added after the first consumers of this type; optional so that objects
   * built elsewhere stay valid. `parsePlanDocument` always sets it.
   */
  signer?: Signer | null;
  issues: ParseIssue[];
}
