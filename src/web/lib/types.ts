/**
 * The API as the browser receives it: JSON, so instants are ISO strings and
 * civil dates are `yyyy-mm-dd` strings. Written out here rather than derived
 * from the server's services, whose types carry `Date` objects that JSON
 * never delivers.
 */
import type { CivilDate } from '../../core/civil-date.ts';
import type { Cadence, DocumentGenre, DutyKind, ParseIssue, Section } from '../../core/document/types.ts';
import type { DutyStatus } from '../../core/duty/index.ts';
import type { DutyRole, UnitKind } from '../../core/org/vocab.ts';
import type { DraftProblem, ImportDraft } from '../../core/plan/draft.ts';
import type { Role } from '../../core/access/roles.ts';

export type StatusCounts = Record<DutyStatus, number>;

export const PLAN_STATUSES = ['active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanListItem {
  id: string;
  number: string | null;
  type: DocumentGenre | null;
  title: string;
  issuer: string | null;
  date: CivilDate | null;
  status: PlanStatus;
  parentPlanId: string | null;
  ownerUnitId: string;
  dutyCounts: StatusCounts;
}

export interface PlanDuty {
  id: string;
  assignmentId: string | null;
  unitId: string;
  unitName: string;
  role: DutyRole;
  kind: DutyKind;
  text: string;
  deadline: CivilDate | null;
  deadlineText: string | null;
  progress: number;
  completedOn: CivilDate | null;
  status: DutyStatus;
}

export interface PlanAssignment {
  id: string;
  ord: number;
  unitText: string;
  text: string;
  groups: { id: string; name: string }[];
}

export interface PlanReportingDuty {
  id: string;
  assignmentId: string | null;
  cadence: Cadence;
  text: string;
  to: string[];
  toText: string[];
  via: string | null;
  unitCount: number;
}

export interface PlanCitation {
  id: string;
  planId: string | null;
  ord: number;
  symbol: string;
  type: DocumentGenre | null;
  date: CivilDate | null;
  issuer: string | null;
}

export interface PlanDetail {
  plan: {
    id: string;
    number: string | null;
    type: DocumentGenre | null;
    issuer: string | null;
    place: string | null;
    date: CivilDate | null;
    title: string;
    status: PlanStatus;
    endDate: CivilDate | null;
    parentPlanId: string | null;
    ownerUnitId: string;
    coordinatorUnitId: string | null;
    recipients: string[];
    version: number;
  };
  sections: Section[];
  cites: PlanCitation[];
  contentAreas: { id: string; number: string; title: string; body: string }[];
  assignments: PlanAssignment[];
  duties: PlanDuty[];
  reportingDuties: PlanReportingDuty[];
  children: { id: string; number: string | null; title: string; ownerUnitId: string }[];
  abilities: { manage: boolean };
}

export interface DutyView {
  id: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
  planType: string | null;
  unitId: string;
  unitName: string;
  role: DutyRole;
  kind: DutyKind;
  text: string;
  deadline: CivilDate | null;
  deadlineText: string | null;
  progress: number;
  startedOn: CivilDate | null;
  completedOn: CivilDate | null;
  status: DutyStatus;
  daysOverdue: number;
  version: number;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  size: number;
  mime: string;
}

export interface DutyUpdate {
  id: string;
  authorName: string;
  text: string;
  progress: number;
  completedOn: CivilDate | null;
  /** ISO instant. */
  createdAt: string;
  attachments: AttachmentInfo[];
}

export interface DutyDetail {
  duty: DutyView;
  updates: DutyUpdate[];
  abilities: { update: boolean };
}

export interface Duplicate {
  planId: string;
  number: string;
  title: string;
}

export type ImportStatus = 'draft' | 'published' | 'discarded';

export interface ImportSummary {
  id: string;
  status: ImportStatus;
  sourceName: string;
  sourceFormat: string;
  problems: DraftProblem[];
  duplicate: Duplicate | null;
  planId: string | null;
  version: number;
  createdAt: string;
}

export interface ImportView extends ImportSummary {
  sourceText: string;
  issues: ParseIssue[];
  draft: ImportDraft;
}

export interface UnitRow {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  aliases: string[];
  code: string | null;
  validFrom: CivilDate | null;
  validTo: CivilDate | null;
  sortOrder: number;
  version: number;
}

export interface GroupMember {
  unitId: string;
  validFrom: CivilDate | null;
  validTo: CivilDate | null;
}

export interface GroupRow {
  id: string;
  ownerUnitId: string;
  name: string;
  aliases: string[];
  version: number;
  members: GroupMember[];
}

export interface RegistrySuggestion {
  ref: { kind: 'unit' | 'group'; id: string };
  name: string;
  score: number;
}

export interface RegistryImportResult {
  dryRun: boolean;
  rows: number;
  errors: { row: number; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
}

export interface AuditEntry {
  id: number;
  /** ISO instant. */
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actorName: string;
  actorUsername: string | null;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  unitId: string;
  unitName: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
}
