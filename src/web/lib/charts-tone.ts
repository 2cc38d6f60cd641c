/**
 * The colours of item statuses ("tone", core/dashboard/codes.ts) on the
 * matrix, the drill-down, the calendar and the charts, and the office
 * vocabulary of duty statuses on the summary cards.
 */
import { assertNever } from '../../core/assert-never.ts';
import type { Tone } from '../../core/dashboard/codes.ts';
import type { DutyStatus } from '../../core/duty/index.ts';

/** Mantine colour names, for badges and chips. */
export function toneColor(tone: Tone): string {
  switch (tone) {
    case 'done':
      return 'green';
    case 'done-late':
      return 'yellow';
    case 'open':
      return 'gray';
    case 'due-soon':
      return 'orange';
    case 'overdue':
      return 'red';
    case 'missed':
      return 'grape';
    default:
      return assertNever(tone, 'sắc thái');
  }
}

/** Solid colours (Mantine's shades) for cells and chart slices. */
export function toneHex(tone: Tone): string {
  switch (tone) {
    case 'done':
      return '#40c057';
    case 'done-late':
      return '#fab005';
    case 'open':
      return '#ced4da';
    case 'due-soon':
      return '#fd7e14';
    case 'overdue':
      return '#fa5252';
    case 'missed':
      return '#862e9c';
    default:
      return assertNever(tone, 'sắc thái');
  }
}

export function toneLabel(tone: Tone): string {
  switch (tone) {
    case 'done':
      return 'Đã xong, đúng hạn';
    case 'done-late':
      return 'Đã xong, quá hạn';
    case 'open':
      return 'Chưa đến hạn, đang làm';
    case 'due-soon':
      return 'Sắp đến hạn';
    case 'overdue':
      return 'Quá hạn';
    case 'missed':
      return 'Đã khóa sổ, không nộp';
    default:
      return assertNever(tone, 'sắc thái');
  }
}

/** The words the coordinating office uses on its summary (QĐ 42/2014 statuses, shortened). */
export function officeStatusLabel(status: DutyStatus): string {
  switch (status) {
    case 'hoan-thanh-dung-han':
      return 'Hoàn thành đúng hạn';
    case 'hoan-thanh-qua-han':
      return 'Hoàn thành quá hạn';
    case 'dang-thuc-hien':
      return 'Đang thực hiện trong hạn';
    case 'chua-thuc-hien':
      return 'Chưa thực hiện';
    case 'qua-han':
      return 'Quá hạn';
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}

/** In the order the office reads them: done first, overdue last. */
export const OFFICE_STATUS_ORDER: readonly DutyStatus[] = ['hoan-thanh-dung-han', 'hoan-thanh-qua-han', 'dang-thuc-hien', 'chua-thuc-hien', 'qua-han'];

export function statusHex(status: DutyStatus): string {
  switch (status) {
    case 'hoan-thanh-dung-han':
      return '#40c057';
    case 'hoan-thanh-qua-han':
      return '#fab005';
    case 'dang-thuc-hien':
      return '#228be6';
    case 'chua-thuc-hien':
      return '#adb5bd';
    case 'qua-han':
      return '#fa5252';
    default:
      return assertNever(status, 'trạng thái nhiệm vụ');
  }
}
