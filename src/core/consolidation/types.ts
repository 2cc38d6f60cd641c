/**
 * The consolidated report (báo cáo tổng hợp) of a plan, as the coordinating
 * office drafts it from the units' reports: its inputs, the editable sections
 * and the tables that are always regenerated.
 *
 * Stored as JSON (`consolidations.content`, `consolidations.frame`): the
 * shapes here are the public contract of the API, versioned by `schema`.
 */
import type { CivilDate } from '../civil-date.ts';
import type { DocumentGenre } from '../document/types.ts';
import type { DutyStatus } from '../duty/index.ts';
import type { Indicator, IndicatorType, IndicatorValue, ReportContent, ReportingRate, ReportStatus } from '../reporting/index.ts';

/** A report for one period, or a review (sơ kết: interim, tổng kết: final) across a range of periods. */
export const CONSOLIDATION_KINDS = ['period', 'so-ket', 'tong-ket'] as const;
export type ConsolidationKind = (typeof CONSOLIDATION_KINDS)[number];

export type ReviewKind = Exclude<ConsolidationKind, 'period'>;

// ─── Inputs ─────────────────────────────────────────────────────────────────

export interface ContentAreaInfo {
  /** The report form's section key, "area:<content area id>". */
  key: string;
  /** "1", "2"… as numbered in the plan. */
  number: string;
  title: string;
}

export interface PlanInfo {
  /** "82-KH/TU". */
  number: string | null;
  type: DocumentGenre | null;
  date: CivilDate | null;
  /** The plan's subject, lower case as written after its type ("thực hiện Kết luận số 51-KL/TW…"). */
  title: string;
  /** The body that issued it, as named in running text ("Ban Thường vụ Tỉnh ủy"). */
  issuedBy: string | null;
  areas: ContentAreaInfo[];
}

/** One expected report (an obligation) and what the unit sent, if anything. */
export interface UnitReport {
  unitId: string;
  unitName: string;
  /** Registry order, then name: how units are listed in the document. */
  sortOrder: number;
  periodId: string;
  /** null: the unit has not started a report. */
  status: ReportStatus | null;
  /** The due date in force (the unit's exception when granted). */
  dueDate: CivilDate;
  /** First submission day (Asia/Ho_Chi_Minh), kept across returns. */
  firstSubmittedOn: CivilDate | null;
  content: ReportContent | null;
}

export interface DutyFact {
  unitId: string;
  unitName: string;
  sortOrder: number;
  text: string;
  deadline: CivilDate | null;
  completedOn: CivilDate | null;
  startedOn: CivilDate | null;
  progress: number;
}

export interface DraftInput {
  plan: PlanInfo;
  /** The office issuing the consolidated report, in running text ("Ban Tuyên giáo Tỉnh ủy"). */
  issuerName: string;
  indicators: Indicator[];
  /** The period ids covered, each a canonical id ("2020H1"); one for a period report. */
  periodIds: string[];
  reports: UnitReport[];
  /** Duties of the plan, for reviews (sơ kết, tổng kết); ignored for a period report. */
  duties: DutyFact[];
  /** The civil day the draft is made (Asia/Ho_Chi_Minh). */
  today: CivilDate;
}

// ─── Sections ───────────────────────────────────────────────────────────────

/**
 * One editable part of the document. Level 0 is the opening paragraph (no
 * heading); level 1 parts are numbered I, II, III; level 2 parts 1, 2, 3
 * within their level-1 part, at export time (titles carry no numbers, so
 * leaving a part empty does not leave a gap in the numbering).
 */
export type SectionLevel = 0 | 1 | 2;

export interface DraftSection {
  key: string;
  title: string;
  level: SectionLevel;
  /** What the document says: the generated text, or the coordinator's edit. Restricted HTML (see html.ts). */
  html: string;
  /** What the system generated from the reports last time. */
  generatedHtml: string;
  /** The generated text the coordinator's edit was based on; null when not edited. */
  baseGeneratedHtml: string | null;
  /** The coordinator changed the text: refreshing keeps it. */
  edited: boolean;
  /** Edited, and the reports have changed since: new material to fold in (compare baseGeneratedHtml with generatedHtml). */
  stale: boolean;
}

// ─── Tables ─────────────────────────────────────────────────────────────────

export interface IndicatorColumn {
  code: string;
  label: string;
  type: IndicatorType;
  unit: string | null;
}

/**
 * One indicator across units. Numbers are summed; percentages are the
 * unweighted mean over the units that gave a value (one decimal), since a
 * unit's rate cannot be weighted without its denominator; text values are
 * listed by unit.
 */
export interface IndicatorTotal extends IndicatorColumn {
  value: number | null;
  /** Units that gave a value. */
  reporting: number;
  texts: { unitName: string; text: string }[];
}

export interface UnitIndicatorRow {
  unitId: string;
  unitName: string;
  values: Record<string, IndicatorValue>;
}

export interface LateUnit {
  unitId: string;
  unitName: string;
  periodId: string;
  dueDate: CivilDate;
  submittedOn: CivilDate;
  daysLate: number;
}

export interface MissingUnit {
  unitId: string;
  unitName: string;
  periodId: string;
  dueDate: CivilDate;
  /** Where the report stands (null: not started). */
  status: ReportStatus | null;
}

export interface PeriodRate extends ReportingRate {
  periodId: string;
  label: string;
}

export interface PeriodTables {
  kind: 'period';
  periodId: string;
  rate: PeriodRate;
  indicators: IndicatorTotal[];
  byUnit: UnitIndicatorRow[];
  late: LateUnit[];
  missing: MissingUnit[];
}

export interface IndicatorTrend extends IndicatorColumn {
  /** One value per period of `periods`, aggregated across units as in IndicatorTotal. */
  perPeriod: (number | null)[];
  /** Numbers: the sum over periods; percentages: the mean of the period values. */
  total: number | null;
  byUnit: { unitId: string; unitName: string; values: (number | null)[]; total: number | null }[];
}

export interface DutyLine {
  unitName: string;
  text: string;
  deadline: CivilDate | null;
  completedOn: CivilDate | null;
  status: DutyStatus;
  daysLate: number;
}

export interface DutySummary {
  counts: Record<DutyStatus, number>;
  byUnit: { unitId: string; unitName: string; counts: Record<DutyStatus, number> }[];
  /** Done after the deadline, and open past it. */
  late: DutyLine[];
  overdue: DutyLine[];
}

export interface ReviewTables {
  kind: 'review';
  periods: { periodId: string; label: string }[];
  rates: PeriodRate[];
  trends: IndicatorTrend[];
  duties: DutySummary;
  late: LateUnit[];
  missing: MissingUnit[];
}

export type ConsolidationTables = PeriodTables | ReviewTables;

/** What `consolidations.content` holds. */
export interface ConsolidationContent {
  schema: 1;
  kind: ConsolidationKind;
  periodIds: string[];
  /** The civil day the tables were last generated. */
  generatedOn: CivilDate;
  sections: DraftSection[];
  tables: ConsolidationTables;
}

/** What a saved version (`consolidation_versions.content`) holds: the content and the title as they were. */
export interface ConsolidationSnapshot extends ConsolidationContent {
  title: string;
}

// ─── Frame: the parts of a Party document around the body ────────────────────

/**
 * Signing authority (Quy định 66-QĐ/TW, Điều 10): T/M on behalf of a
 * collective body, K/T for a deputy signing for the head, T/L by
 * authorisation of the office; none when the head signs in their own name.
 */
export const SIGNER_PREFIXES = ['T/M', 'K/T', 'T/L', 'none'] as const;
export type SignerPrefix = (typeof SIGNER_PREFIXES)[number];

export interface Signer {
  prefix: SignerPrefix;
  /** After the prefix: "BAN THƯỜNG VỤ", "TRƯỞNG BAN"; empty with prefix none. */
  body: string;
  /** The signer's office: "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ BÍ THƯ". */
  title: string;
  name: string;
}

export interface DocumentFrame {
  /** The body above the issuer ("TỈNH ỦY ĐIỆN BIÊN" over a ban, "ĐẢNG BỘ TỈNH ĐIỆN BIÊN" over a huyện ủy). */
  superior: string | null;
  /** "BAN TUYÊN GIÁO". */
  issuer: string;
  /** The sequence number ("125"); null until the office numbers the document (printed blank). */
  number: string | null;
  /** Type and issuer abbreviations after the number: "BC/BTGTU". */
  symbol: string;
  place: string;
  /** null until signed: printed "ngày    tháng    năm 2020". */
  date: CivilDate | null;
  signer: Signer;
  /** "Nơi nhận", without the dash and the trailing comma. */
  recipients: string[];
  /** The archive line: "Lưu Văn phòng". */
  archive: string;
}
