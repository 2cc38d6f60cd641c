/**
 * The dashboards, calendar, reminders and notifications API as the browser
 * receives it (JSON: instants ISO strings, civil dates `yyyy-mm-dd`).
 * Written out, like lib/types.ts, rather than derived from the server.
 */
import type { CivilDate } from '../../../core/civil-date.ts';
import type { ItemCode, Tone } from '../../../core/dashboard/codes.ts';
import type { DutyStatus } from '../../../core/duty/index.ts';
import type { CalendarEvent, ReminderChannel, ReminderLogStatus, ReminderRules, StoredReminderRules } from '../../../core/reminders/index.ts';
import type { ReportingRate } from '../../../core/reporting/index.ts';

export interface PlanHead {
  id: string;
  number: string | null;
  title: string;
  ownerUnitId: string;
  coordinatorUnitId: string | null;
}

export interface Filters {
  periodId: string | null;
  periodLabel: string | null;
  unitId: string | null;
  unitName: string | null;
  today: CivilDate;
}

export interface Summary {
  duties: { total: number; byStatus: Record<DutyStatus, number> };
  reporting: ReportingRate;
  overdue: { duties: number; obligations: number; total: number };
  dutiesOnTrack: number | null;
}

export interface DashboardPeriod extends ReportingRate {
  periodId: string;
  label: string;
  type: string | null;
  delta: number | null;
  windowEnd: CivilDate | null;
  dueDate: CivilDate | null;
  open: boolean;
}

export interface LegendEntry {
  code: ItemCode;
  label: string;
  tone: Tone;
}

export interface DashboardSummary extends Summary {
  plan: PlanHead;
  filters: Filters;
  periods: DashboardPeriod[];
  statuses: { status: DutyStatus; label: string; tone: Tone }[];
  legend: LegendEntry[];
  contentAreas: { id: string; number: string; title: string }[];
}

export interface DashboardItem {
  kind: 'duty' | 'obligation';
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  dueDate: CivilDate | null;
  lockDate: CivilDate | null;
  periodId: string | null;
  code: ItemCode;
  tone: Tone;
  label: string;
  daysOverdue: number;
  link: string;
}

export interface MatrixView {
  today: CivilDate;
  periodId: string | null;
  columns: { key: string; kind: 'duty' | 'obligation'; title: string; short: string; dueDate: CivilDate | null; periodId: string | null }[];
  rows: { unitId: string; unitName: string; cells: ({ id: string; code: ItemCode; tone: Tone; daysOverdue: number } | null)[] }[];
  legend: LegendEntry[];
  truncated: boolean;
}

export interface DrillNode extends Summary {
  kind: 'unit' | 'group';
  /** A unit id, or "group:<id>". */
  id: string;
  name: string;
  hasChildren?: boolean;
  memberIds?: string[];
}

export interface DrillView {
  plan: PlanHead;
  filters: Filters;
  node: DrillNode;
  path: { kind: 'unit' | 'group'; id: string; name: string }[];
  children: DrillNode[];
  items: DashboardItem[];
}

export interface IndicatorSeries {
  code: string;
  label: string;
  unit: string | null;
  type: 'number' | 'percent';
  aggregate: 'sum' | 'mean';
  totals: (number | null)[];
  series: { unitId: string; unitName: string; values: (number | null)[] }[];
}

export interface IndicatorsView {
  today: CivilDate;
  periods: { periodId: string; label: string }[];
  indicators: IndicatorSeries[];
}

export interface Responsible {
  userId: string;
  name: string;
  role: string;
  email: string | null;
}

export interface OverdueView {
  today: CivilDate;
  items: (DashboardItem & { responsible: Responsible[] })[];
  truncated: boolean;
}

export interface AreasView {
  today: CivilDate;
  periodId: string | null;
  periodLabel: string | null;
  submitted: number;
  areas: { id: string; number: string; title: string; reports: number; covered: number; rate: number | null }[];
  units: { unitId: string; unitName: string; covered: boolean; excerpt: string | null }[];
}

export interface LeadershipView {
  today: CivilDate;
  plans: {
    id: string;
    number: string | null;
    title: string;
    date: CivilDate | null;
    duties: Summary['duties'];
    dutiesOnTrack: number | null;
    overdue: Summary['overdue'];
    lastClosedPeriod: { periodId: string; label: string } | null;
    reporting: ReportingRate | null;
    score: number | null;
  }[];
  unitsBehind: { unitId: string; unitName: string; overdueDuties: number; overdueObligations: number; total: number; plans: number }[];
}

export interface CalendarView {
  from: CivilDate;
  to: CivilDate;
  today: CivilDate;
  events: CalendarEvent[];
  truncated: boolean;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationItem[];
  unread: number;
}

export interface ReminderRulesView {
  planId: string;
  rules: StoredReminderRules;
  effective: ReminderRules;
  defaults: ReminderRules;
  version: number;
  issues: string[];
}

export interface ReminderLogEntry {
  id: string;
  createdAt: string;
  forDate: CivilDate | null;
  targetKind: 'duty' | 'obligation';
  targetId: string;
  itemTitle: string;
  link: string;
  planId: string;
  planNumber: string | null;
  unitId: string;
  unitName: string;
  reminderKey: string;
  channel: ReminderChannel;
  channelLabel: string;
  status: ReminderLogStatus;
  statusLabel: string;
  error: string | null;
  subject: string | null;
  recipient: { userId: string; name: string; email: string | null };
}

export interface ReminderStatus {
  email: { enabled: boolean; from: string | null };
  publicUrl: string | null;
  lastRun: { day: string; claimedAt: string; finishedAt: string | null; error: string | null } | null;
}

export interface ReminderRunSummary {
  today: CivilDate;
  due: number;
  app: number;
  email: { enabled: boolean; sent: number; failed: number; alreadySent: number; errors: number };
  retried: { sent: number; failed: number; cancelled: number };
}

export interface Preferences {
  emailReminders: boolean;
  dailyDigest: boolean;
  email: string | null;
  version: number;
}

export const dashboardKeys = {
  all: ['dashboards'] as const,
  summary: (planId: string, f: object) => ['dashboards', planId, 'summary', f] as const,
  view: (planId: string, view: string, f: object) => ['dashboards', planId, view, f] as const,
  leadership: ['dashboards', 'leadership'] as const,
  calendar: (from: string, to: string) => ['calendar', from, to] as const,
  notifications: (unreadOnly: boolean, limit: number) => ['notifications', unreadOnly, limit] as const,
};
