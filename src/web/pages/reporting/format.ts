/**
 * Words and colours of reporting, the way offices say them: short timing
 * labels for badges (the full wording of core/period in the tooltip), report
 * statuses, and the "còn N ngày" beside a due date.
 */
import { assertNever } from '../../../core/assert-never.ts';
import { daysBetween, type CivilDate } from '../../../core/civil-date.ts';
import type { ObligationStatus } from '../../../core/period/index.ts';
import type { ReportStatus } from '../../../core/reporting/index.ts';

export function timingShortLabel(status: ObligationStatus): string {
  switch (status) {
    case 'not-due':
      return 'Chưa đến hạn';
    case 'due-soon':
      return 'Sắp đến hạn';
    case 'overdue':
      return 'Quá hạn';
    case 'submitted-on-time':
      return 'Nộp đúng hạn';
    case 'submitted-late':
      return 'Nộp muộn';
    case 'locked':
      return 'Đã khóa sổ';
    default:
      return assertNever(status, 'trạng thái kỳ báo cáo');
  }
}

export function timingColor(status: ObligationStatus): string {
  switch (status) {
    case 'not-due':
      return 'gray';
    case 'due-soon':
      return 'yellow';
    case 'overdue':
      return 'red';
    case 'submitted-on-time':
      return 'green';
    case 'submitted-late':
      return 'orange';
    case 'locked':
      return 'dark';
    default:
      return assertNever(status, 'trạng thái kỳ báo cáo');
  }
}

export function reportStatusColor(status: ReportStatus | null): string {
  switch (status) {
    case null:
      return 'gray';
    case 'draft':
      return 'blue';
    case 'awaiting-approval':
      return 'grape';
    case 'submitted':
      return 'teal';
    case 'returned':
      return 'orange';
    case 'accepted':
      return 'green';
    default:
      return assertNever(status, 'trạng thái báo cáo');
  }
}

/** Whether the unit still owes the report (nothing submitted, entry not closed). */
export function stillOwed(timing: ObligationStatus): boolean {
  return timing === 'not-due' || timing === 'due-soon' || timing === 'overdue';
}

/** "còn 5 ngày", "đến hạn hôm nay", "quá hạn 3 ngày"; nothing once submitted or locked. */
export function dueHint(dueDate: CivilDate, timing: ObligationStatus, today: CivilDate | null): string | null {
  if (!today || !stillOwed(timing)) return null;
  const days = daysBetween(today, dueDate);
  if (days < 0) return `quá hạn ${-days} ngày`;
  if (days === 0) return 'đến hạn hôm nay';
  return `còn ${days} ngày`;
}

/** "4,8%" — percentages the Vietnamese way; a dash when nothing is expected. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

/** The server's reason for a refused input (VALIDATION_FAILED carries it in the details), to show under the message. */
export function errorReason(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('details' in error)) return null;
  const details = (error as { details?: unknown }).details;
  const reason = (details as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' ? reason : null;
}
