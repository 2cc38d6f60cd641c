/**
 * How the web app writes dates, statuses and vocabularies, in the forms
 * Vietnamese offices use: dd/mm/yyyy, times in Asia/Ho_Chi_Minh, the duty
 * statuses of QĐ 42/2014/QĐ-TTg.
 */
import { assertNever } from '../../core/assert-never.ts';
import { civilDate, daysBetween, formatVnDate, parseCivilDate, type CivilDate } from '../../core/civil-date.ts';
import type { Cadence, DutyKind } from '../../core/document/types.ts';
import { isDutyCompleted, type DutyStatus } from '../../core/duty/index.ts';
import type { PlanStatus } from './types.ts';

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** dd/mm/yyyy, or a dash when there is no date. */
export function formatDate(date: CivilDate | string | null | undefined, empty = '—'): string {
  if (!date) return empty;
  const civil = parseCivilDate(date);
  return civil ? formatVnDate(civil) : date;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function vnParts(instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "dd/mm/yyyy HH:mm" in Vietnam's time, wherever the browser is. */
export function formatDateTime(instant: string | Date): string {
  const p = vnParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/**
 * The civil day in Vietnam now. Pages that get `today` from the server use
 * that instead (the server may run on a fixed demo clock); this is for the
 * rest.
 */
export function todayInVietnam(now: Date = new Date()): CivilDate {
  const p = vnParts(now);
  return civilDate(Number(p.year), Number(p.month), Number(p.day)) as CivilDate;
}

/** Short labels for badges; the full QĐ 42 wording goes in the tooltip (dutyStatusLabel). */
export function statusShortLabel(status: DutyStatus): string {
  switch (status) {
    case 'chua-thuc-hien':
      return 'Chưa thực hiện';
    case 'dang-thuc-hien':
      return 'Đang thực hiện';
    case 'hoan-thanh-dung-han':
      return 'Hoàn thành đúng hạn';
    case 'hoan-thanh-qua-han':
      return 'Hoàn thành quá hạn';
    case 'qua-han':
      return 'Quá hạn';
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

export function statusColor(status: DutyStatus): string {
  switch (status) {
    case 'chua-thuc-hien':
      return 'gray';
    case 'dang-thuc-hien':
      return 'blue';
    case 'hoan-thanh-dung-han':
      return 'green';
    case 'hoan-thanh-qua-han':
      return 'yellow';
    case 'qua-han':
      return 'red';
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

/**
 * The words next to a deadline: "quá hạn 3 ngày", "còn 5 ngày", "đến hạn
 * hôm nay"; nothing for duties without a deadline or already done.
 */
export function deadlineHint(deadline: CivilDate | null, status: DutyStatus, today: CivilDate): string | null {
  if (!deadline || isDutyCompleted(status)) return null;
  const days = daysBetween(today, deadline);
  if (days < 0) return `quá hạn ${-days} ngày`;
  if (days === 0) return 'đến hạn hôm nay';
  return `còn ${days} ngày`;
}

export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  'sub-plan': 'Xây dựng chương trình, kế hoạch',
  disseminate: 'Phổ biến, quán triệt, tuyên truyền',
  'guide-inspect': 'Hướng dẫn, kiểm tra, đôn đốc',
  review: 'Sơ kết, tổng kết',
  report: 'Báo cáo',
  other: 'Nhiệm vụ khác',
};

export function cadenceLabel(cadence: Cadence): string {
  switch (cadence) {
    case 'monthly':
      return 'Hằng tháng';
    case 'quarterly':
      return 'Hằng quý';
    case '6-monthly':
      return '6 tháng';
    case 'yearly':
      return 'Hằng năm';
    case 'once':
      return 'Một lần';
    default:
      return assertNever(cadence, 'kỳ báo cáo');
  }
}

export function planStatusLabel(status: PlanStatus): string {
  switch (status) {
    case 'active':
      return 'Đang thực hiện';
    case 'closed':
      return 'Đã kết thúc';
    default:
      return assertNever(status, 'trạng thái kế hoạch');
  }
}

/** "1,2 MB", "340 KB": file sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** "82-KH/TU" or a placeholder for plans without a number. */
export function planLabel(plan: { number: string | null; type?: string | null }): string {
  return plan.number ? `${plan.type ? `${plan.type} ` : ''}số ${plan.number}` : (plan.type ?? 'Văn bản chưa có số');
}
