/**
 * How a reminder fared, as the reminder log shows it.
 * - sent: delivered (in the app) or accepted by the mail server;
 * - failed: the mail server refused or did not answer; a later run retries it;
 * - cancelled: a retry found nothing left to remind of (the report was
 *   submitted, the duty done, the address removed), so it was dropped.
 */
import { assertNever } from '../assert-never.ts';
import type { ReminderChannel } from './engine.ts';

export const REMINDER_LOG_STATUSES = ['sent', 'failed', 'cancelled'] as const;
export type ReminderLogStatus = (typeof REMINDER_LOG_STATUSES)[number];

export function reminderLogStatusLabel(status: ReminderLogStatus): string {
  switch (status) {
    case 'sent':
      return 'Đã gửi';
    case 'failed':
      return 'Gửi lỗi (sẽ gửi lại)';
    case 'cancelled':
      return 'Hủy (không còn cần nhắc)';
    default:
      return assertNever(status, 'trạng thái nhắc việc');
  }
}

export function reminderChannelLabel(channel: ReminderChannel): string {
  switch (channel) {
    case 'app':
      return 'Trong ứng dụng';
    case 'email':
      return 'Thư điện tử';
    default:
      return assertNever(channel, 'kênh nhắc việc');
  }
}
