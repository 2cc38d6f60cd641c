/**
 * Status of an assigned duty (nhiệm vụ) in the words offices report with.
 *
 * The Government's task-tracking rules (Quyết định 42/2014/QĐ-TTg, amended
 * by Quyết định 23/2018/QĐ-TTg) count tasks as "hoàn thành đúng hạn /
 * hoàn thành quá hạn" and open tasks as "chưa hoàn thành trong hạn / quá
 * hạn". Offices split the open-and-in-time group further into "chưa thực
 * hiện" and "đang thực hiện" *(practice)*, which gives five statuses.
 *
 * Dates are civil dates in Asia/Ho_Chi_Minh; a deadline is the last day
 * allowed (inclusive), counted in calendar days — task deadlines are written
 * as dates ("hoàn thành trước 31/12/2019"), not as working-day counts.
 */
import { assertNever } from '../assert-never.ts';
import { daysBetween, type CivilDate } from '../civil-date.ts';

export const DUTY_STATUSES = [
  'chua-thuc-hien',
  'dang-thuc-hien',
  'hoan-thanh-dung-han',
  'hoan-thanh-qua-han',
  'qua-han',
] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

export interface DutyProgress {
  /** Last day allowed, or null for a duty without a deadline ("thường xuyên"). */
  deadline: CivilDate | null;
  /** Day the duty was reported done; completion is only ever this date, never progress = 100. */
  completedOn: CivilDate | null;
  /** Day work began, when recorded. */
  startedOn?: CivilDate | null;
  /** Reported progress, 0–100; any value above 0 means work has begun. */
  progress?: number | null;
}

export interface DutyContext {
  /** The civil day in Asia/Ho_Chi_Minh. */
  today: CivilDate;
}

/**
 * - done on or before the deadline (or with no deadline): hoàn thành đúng hạn;
 * - done after it: hoàn thành quá hạn;
 * - not done and today is past the deadline: quá hạn, whether begun or not;
 * - not done, in time, begun (startedOn on or before today, or progress > 0): đang thực hiện;
 * - otherwise: chưa thực hiện.
 */
export function dutyStatus(duty: DutyProgress, { today }: DutyContext): DutyStatus {
  if (duty.completedOn !== null) {
    return duty.deadline === null || duty.completedOn <= duty.deadline ? 'hoan-thanh-dung-han' : 'hoan-thanh-qua-han';
  }
  if (duty.deadline !== null && today > duty.deadline) return 'qua-han';
  const begun = (duty.startedOn != null && duty.startedOn <= today) || (duty.progress ?? 0) > 0;
  return begun ? 'dang-thuc-hien' : 'chua-thuc-hien';
}

export function dutyStatusLabel(status: DutyStatus): string {
  switch (status) {
    case 'chua-thuc-hien':
      return 'Chưa thực hiện';
    case 'dang-thuc-hien':
      return 'Đang thực hiện (trong hạn)';
    case 'hoan-thanh-dung-han':
      return 'Hoàn thành đúng hạn';
    case 'hoan-thanh-qua-han':
      return 'Hoàn thành quá hạn';
    case 'qua-han':
      return 'Quá hạn (chưa hoàn thành)';
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

export function isDutyCompleted(status: DutyStatus): boolean {
  switch (status) {
    case 'hoan-thanh-dung-han':
    case 'hoan-thanh-qua-han':
      return true;
    case 'chua-thuc-hien':
    case 'dang-thuc-hien':
    case 'qua-han':
      return false;
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

/**
 * Days late: for an open duty past its deadline, from the deadline to today;
 * for a duty done late, from the deadline to its completion; otherwise 0.
 * A duty due 31/12/2019 and still open on 2/1/2020 is 2 days overdue.
 */
export function daysOverdue(duty: DutyProgress, { today }: DutyContext): number {
  if (duty.deadline === null) return 0;
  const end = duty.completedOn ?? today;
  return Math.max(0, daysBetween(duty.deadline, end));
}

// Rank bands of the sort key, far enough apart that the day counts inside a
// band (under 3.7 million days between any two civil dates) never cross.
const BAND = 10_000_000;

/**
 * A number to sort duties by urgency, ascending: overdue first (most overdue
 * first), then open duties by nearest deadline, then open duties without a
 * deadline, then completed ones (late before on time). Equal keys keep
 * whatever secondary order the caller sorts by.
 */
export function dutySortKey(duty: DutyProgress, context: DutyContext): number {
  const status = dutyStatus(duty, context);
  switch (status) {
    case 'qua-han':
      return -daysOverdue(duty, context);
    case 'chua-thuc-hien':
    case 'dang-thuc-hien':
      return duty.deadline === null ? 2 * BAND : BAND + daysBetween(context.today, duty.deadline);
    case 'hoan-thanh-qua-han':
      return 3 * BAND;
    case 'hoan-thanh-dung-han':
      return 4 * BAND;
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

/** Comparator for Array.prototype.sort by dutySortKey. */
export function compareDutyUrgency(a: DutyProgress, b: DutyProgress, context: DutyContext): number {
  return dutySortKey(a, context) - dutySortKey(b, context);
}
