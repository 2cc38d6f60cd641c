/**
 * Status codes of the items on dashboards, the matrix and the calendar, and
 * the colour family ("tone") the UI paints them with. One vocabulary for the
 * two kinds of item: the five duty statuses of Quyết định 42/2014/QĐ-TTg and
 * the six timings of a periodic report.
 */
import { assertNever } from '../assert-never.ts';
import { DUTY_STATUSES, dutyStatusLabel, type DutyStatus } from '../duty/index.ts';
import { OBLIGATION_STATUSES, obligationStatusLabel, type ObligationStatus } from '../period/obligations.ts';

export const ITEM_CODES = [...DUTY_STATUSES, ...OBLIGATION_STATUSES] as const;
export type ItemCode = DutyStatus | ObligationStatus;

/**
 * - done: completed or submitted on time (green);
 * - done-late: completed or submitted after the deadline (amber);
 * - open: not due yet (neutral);
 * - due-soon: a report due within a week (orange);
 * - overdue: past the deadline, still open (red);
 * - missed: a report whose entry closed without it (dark red).
 */
export const TONES = ['done', 'done-late', 'open', 'due-soon', 'overdue', 'missed'] as const;
export type Tone = (typeof TONES)[number];

export function toneOf(code: ItemCode): Tone {
  switch (code) {
    case 'hoan-thanh-dung-han':
    case 'submitted-on-time':
      return 'done';
    case 'hoan-thanh-qua-han':
    case 'submitted-late':
      return 'done-late';
    case 'chua-thuc-hien':
    case 'dang-thuc-hien':
    case 'not-due':
      return 'open';
    case 'due-soon':
      return 'due-soon';
    case 'qua-han':
    case 'overdue':
      return 'overdue';
    case 'locked':
      return 'missed';
    default:
      return assertNever(code, 'mã trạng thái');
  }
}

function isDutyStatus(code: ItemCode): code is DutyStatus {
  return (DUTY_STATUSES as readonly string[]).includes(code);
}

export function itemCodeLabel(code: ItemCode): string {
  return isDutyStatus(code) ? dutyStatusLabel(code) : obligationStatusLabel(code);
}

/** Done, late or not: nothing more is expected. */
export function isClosedCode(code: ItemCode): boolean {
  const tone = toneOf(code);
  return tone === 'done' || tone === 'done-late' || tone === 'missed';
}

/** The legend the UI shows next to a matrix or a calendar. */
export function codeLegend(): { code: ItemCode; label: string; tone: Tone }[] {
  return ITEM_CODES.map((code) => ({ code, label: itemCodeLabel(code), tone: toneOf(code) }));
}
