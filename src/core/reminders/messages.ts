/**
 * The words of a reminder: subject, e-mail text and the short in-app notice,
 * in the register offices write to each other ("Kính gửi đồng chí …").
 *
 * The milestone decides *whether* a reminder goes out; the text is written
 * from the real distance to the deadline on the day it is sent, so a notice
 * that went out a day late (see milestones.ts) still tells the truth.
 */
import { daysBetween, dayOfWeek, formatVnDate, type CivilDate } from '../civil-date.ts';
import type { Milestone } from './milestones.ts';

export const REMINDER_ITEM_KINDS = ['obligation', 'duty'] as const;
export type ReminderItemKind = (typeof REMINDER_ITEM_KINDS)[number];

/** Who a reminder is for: the unit's own people, or those told when it is behind. */
export const REMINDER_AUDIENCES = ['unit', 'escalation'] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

export interface ReminderItemText {
  kind: ReminderItemKind;
  planNumber: string | null;
  planTitle: string;
  unitName: string;
  /** Obligations: "báo cáo 6 tháng đầu năm 2020"; duties: the duty's text. */
  title: string;
  dueDate: CivilDate;
  lockDate: CivilDate | null;
  /** Path in the web app ("/bao-cao/…"). */
  link: string;
}

export interface ReminderText {
  subject: string;
  /** The e-mail body (plain text). */
  text: string;
  /** The in-app notice body: one or two lines. */
  notice: string;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** "Thứ Ba, 16/06/2020". */
export function vnDayAndDate(date: CivilDate): string {
  return `${WEEKDAYS[dayOfWeek(date)] ?? ''}, ${formatVnDate(date)}`;
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** "KH 82-KH/TU", as offices cite a plan in a subject line. */
export function planRef(item: Pick<ReminderItemText, 'planNumber' | 'planTitle'>): string {
  return item.planNumber ? `KH ${item.planNumber}` : `KH “${shorten(item.planTitle, 60)}”`;
}

/** "báo cáo 6 tháng đầu năm 2020" / "nhiệm vụ “Xây dựng chương trình…”". */
export function itemPhrase(item: Pick<ReminderItemText, 'kind' | 'title'>): string {
  return item.kind === 'obligation' ? item.title : `nhiệm vụ “${shorten(item.title, 80)}”`;
}

/** "còn 4 ngày", "hôm nay", "đã quá 3 ngày". */
export function distancePhrase(due: CivilDate, today: CivilDate): string {
  const days = daysBetween(today, due);
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return 'hạn là hôm nay';
  return `đã quá ${-days} ngày`;
}

export function absoluteLink(link: string, publicUrl: string | null | undefined): string {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${link}` : link;
}

const FOOTER =
  'Thư này do hệ thống theo dõi thực hiện kế hoạch gửi tự động. Đồng chí có thể tắt nhắc việc qua thư điện tử hoặc chọn nhận một thư tổng hợp mỗi ngày tại mục Tài khoản.';

function subjectOf(item: ReminderItemText, audience: ReminderAudience, today: CivilDate): string {
  const ref = planRef(item);
  const late = daysBetween(item.dueDate, today);
  const due = formatVnDate(item.dueDate);
  if (audience === 'escalation') {
    const what = item.kind === 'obligation' ? `chưa nộp ${item.title}` : `chưa hoàn thành ${itemPhrase(item)}`;
    return `Đơn vị chậm: ${item.unitName} ${what} — ${ref} (quá hạn ${late} ngày)`;
  }
  const verb = item.kind === 'obligation' ? `nộp ${item.title}` : itemPhrase(item);
  if (late > 0) return `Quá hạn ${verb} — ${ref}: ${distancePhrase(item.dueDate, today)} (hạn ${due})`;
  return `Nhắc hạn ${verb} — ${ref}: ${distancePhrase(item.dueDate, today)} (hạn ${due})`;
}

export function composeReminder(
  item: ReminderItemText,
  _milestone: Milestone,
  audience: ReminderAudience,
  recipientName: string,
  today: CivilDate,
  publicUrl: string | null | undefined,
): ReminderText {
  const subject = subjectOf(item, audience, today);
  const late = daysBetween(item.dueDate, today);
  const plan = `${item.planNumber ? `Kế hoạch số ${item.planNumber}` : 'Kế hoạch'} ${shorten(item.planTitle, 160)}`;
  const what = item.kind === 'obligation' ? `Báo cáo: ${item.title}` : `Nhiệm vụ: ${shorten(item.title, 1000)}`;
  const lead =
    audience === 'escalation'
      ? `${item.unitName} đã quá hạn ${late} ngày mà chưa ${item.kind === 'obligation' ? `nộp ${item.title}` : 'hoàn thành nhiệm vụ'} theo ${plan}. Đề nghị đồng chí đôn đốc đơn vị.`
      : `${item.unitName} ${late > 0 ? 'chưa' : 'sắp đến hạn'} ${item.kind === 'obligation' ? `nộp ${item.title}` : 'hoàn thành nhiệm vụ'} theo ${plan}.`;
  const lines = [
    `Kính gửi đồng chí ${recipientName},`,
    '',
    lead,
    `- Đơn vị: ${item.unitName}`,
    `- ${what}`,
    `- Hạn: ${vnDayAndDate(item.dueDate)} (${distancePhrase(item.dueDate, today)})`,
  ];
  if (item.lockDate) lines.push(`- Khóa sổ: ${vnDayAndDate(item.lockDate)} (sau ngày này không nhập được báo cáo kỳ này)`);
  lines.push('', `Xem chi tiết: ${absoluteLink(item.link, publicUrl)}`, '', FOOTER);
  const notice = `${item.unitName} — ${item.kind === 'obligation' ? item.title : shorten(item.title, 120)}: hạn ${formatVnDate(item.dueDate)}, ${distancePhrase(item.dueDate, today)}.`;
  return { subject, text: lines.join('\n'), notice };
}

/** One e-mail a day listing a user's reminders, for those who chose the daily digest. */
export function composeDigest(recipientName: string, entries: readonly { subject: string; link: string }[], today: CivilDate, publicUrl: string | null | undefined): { subject: string; text: string } {
  const subject = `Tổng hợp nhắc việc ngày ${formatVnDate(today)}: ${entries.length} việc cần chú ý`;
  const lines = [`Kính gửi đồng chí ${recipientName},`, '', `Hôm nay (${vnDayAndDate(today)}) có ${entries.length} việc cần đồng chí chú ý:`, ''];
  entries.forEach((e, i) => lines.push(`${i + 1}. ${e.subject}`, `   ${absoluteLink(e.link, publicUrl)}`));
  lines.push('', FOOTER);
  return { subject, text: lines.join('\n') };
}
