/**
 * The reporting API as the browser receives it (JSON: instants are ISO
 * strings, civil dates `yyyy-mm-dd`). Written out, like lib/types.ts, rather
 * than derived from the server's services.
 */
import type { CivilDate } from '../../../core/civil-date.ts';
import type { Cadence } from '../../../core/document/types.ts';
import type { ObligationStatus, ReportingRule } from '../../../core/period/index.ts';
import type { ReportAction, ReportContent, ReportForm, ReportStatus } from '../../../core/reporting/index.ts';

export interface ObligationItem {
  id: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
  unitId: string;
  unitName: string;
  periodId: string;
  periodLabel: string;
  windowStart: CivilDate;
  windowEnd: CivilDate;
  dueDate: CivilDate;
  lockDate: CivilDate;
  hasException: boolean;
  reportStatus: ReportStatus | null;
  firstSubmittedOn: CivilDate | null;
  timing: ObligationStatus;
}

export interface ObligationList {
  obligations: ObligationItem[];
  today: CivilDate;
}

export interface ReportFile {
  id: string;
  fileName: string;
  size: number;
}

export interface ReportEvent {
  id: string;
  action: ReportAction;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  versionNumber: number | null;
  comment: string | null;
  actorName: string;
  /** ISO instant. */
  createdAt: string;
}

export interface ReportVersion {
  number: number;
  content: ReportContent;
  submittedOn: CivilDate;
  /** ISO instant. */
  createdAt: string;
  attachmentIds: string[];
}

export interface ReportView {
  obligation: {
    id: string;
    periodId: string;
    periodLabel: string;
    windowStart: CivilDate;
    windowEnd: CivilDate;
    dueDate: CivilDate;
    lockDate: CivilDate;
    exception: { dueDate: CivilDate | null; lockDate: CivilDate | null; reason: string | null } | null;
    timing: ObligationStatus;
    version: number;
  };
  plan: { id: string; number: string | null; title: string; type: string | null } | undefined;
  unit: { id: string; name: string } | undefined;
  reportingDuty: { id: string; cadence: Cadence; text: string; to: string[]; via: string | null } | null;
  form: ReportForm;
  requireApproval: boolean;
  report: {
    id: string | null;
    status: ReportStatus;
    content: ReportContent;
    attachments: ReportFile[];
    firstSubmittedOn: CivilDate | null;
    version: number;
    /** ISO instant; null before the first save. */
    updatedAt: string | null;
  };
  versions: ReportVersion[];
  events: ReportEvent[];
  locked: boolean;
  abilities: { actions: ReportAction[]; grantException: boolean };
}

/** The server's copy of a report as a VERSION_CONFLICT carries it. */
export interface ServerCopy {
  content: ReportContent;
  version: number;
  status: ReportStatus;
  updatedAt: string | null;
}

export interface PeriodRate {
  periodId: string;
  label: string;
  expected: number;
  submitted: number;
  onTime: number;
  rate: number | null;
  onTimeRate: number | null;
}

export interface BoardView {
  plan: { id: string; number: string | null; title: string };
  periodId: string | null;
  periods: PeriodRate[];
  reportingDuties: { id: string; cadence: Cadence; text: string }[];
  rows: (ObligationItem & { reportingDutyId: string | null })[];
  notReported: { obligationId: string; unitId: string; unitName: string; timing: ObligationStatus; reportStatus: ReportStatus | null }[];
}

export interface PlanFormView {
  form: ReportForm;
  requireApproval: boolean;
  version: number;
  reportingRules: { reportingDutyId: string; cadence: Cadence; text: string; rule: ReportingRule | null }[];
}

export const DISSEMINATION_FORMS = ['truc-tiep', 'truc-tuyen', 'long-ghep'] as const;
export type DisseminationForm = (typeof DISSEMINATION_FORMS)[number];

export interface DisseminationSession {
  id: string;
  heldOn: CivilDate;
  form: DisseminationForm;
  title: string;
  cadres: number;
  partyMembers: number;
  people: number;
  note: string | null;
}

export interface SessionTotals {
  sessions: number;
  indicators: Record<string, number>;
}
