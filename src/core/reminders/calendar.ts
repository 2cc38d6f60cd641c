/**
 * The deadline calendar: a user's deadlines as events, for the month and
 * list views and for the iCalendar feed.
 *
 * The unit's own deadlines are one event each ("Hạn báo cáo 6 tháng đầu năm
 * 2020 — KH 82-KH/TU"). Deadlines of other units in the user's scope (a
 * coordinator sees the whole province) are grouped: the same report of the
 * same period, or the same duty of the same plan, due the same day, is one
 * event "… (21 đơn vị)" with the units inside — a coordinator's phone does
 * not want 21 identical entries on 16/6.
 *
 * UIDs are stable across feed refreshes, so calendar apps update events in
 * place instead of duplicating them.
 */
import { formatVnDate, type CivilDate } from '../civil-date.ts';
import { isClosedCode, itemCodeLabel, toneOf, type ItemCode, type Tone } from '../dashboard/codes.ts';
import { planRef, shorten, type ReminderItemKind } from './messages.ts';

export interface DeadlineItem {
  kind: ReminderItemKind;
  id: string;
  planId: string;
  planNumber: string | null;
  planTitle: string;
  unitId: string;
  unitName: string;
  /** Obligations: "báo cáo 6 tháng đầu năm 2020"; duties: the duty's text. */
  title: string;
  date: CivilDate;
  lockDate: CivilDate | null;
  /** Same deadline across units: obligations "reportingDutyId:periodId", duties "assignment:text". */
  groupKey: string;
  code: ItemCode;
  link: string;
}

export interface CalendarEventItem {
  kind: ReminderItemKind;
  id: string;
  unitId: string;
  unitName: string;
  code: ItemCode;
  tone: Tone;
  label: string;
  link: string;
}

export interface CalendarEvent {
  uid: string;
  date: CivilDate;
  kind: ReminderItemKind;
  summary: string;
  description: string;
  planId: string;
  planNumber: string | null;
  link: string;
  /** The tone of the event: the worst of its items (overdue before open before done). */
  tone: Tone;
  total: number;
  closed: number;
  items: CalendarEventItem[];
}

// FNV-1a, 32 bits: a short, stable id for a group key (not a security hash).
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const TONE_URGENCY: Record<Tone, number> = { overdue: 0, missed: 1, 'due-soon': 2, open: 3, 'done-late': 4, done: 5 };

function what(item: DeadlineItem): string {
  return item.kind === 'obligation' ? item.title : `nhiệm vụ “${shorten(item.title, 80)}”`;
}

function eventItem(i: DeadlineItem): CalendarEventItem {
  return { kind: i.kind, id: i.id, unitId: i.unitId, unitName: i.unitName, code: i.code, tone: toneOf(i.code), label: itemCodeLabel(i.code), link: i.link };
}

function describe(group: readonly DeadlineItem[], first: DeadlineItem): string {
  const lines = [`${first.planNumber ? `Kế hoạch số ${first.planNumber}` : 'Kế hoạch'}: ${shorten(first.planTitle, 200)}`];
  lines.push(first.kind === 'obligation' ? `Báo cáo: ${first.title}` : `Nhiệm vụ: ${shorten(first.title, 500)}`);
  lines.push(`Hạn: ${formatVnDate(first.date)}`);
  if (first.lockDate) lines.push(`Khóa sổ: ${formatVnDate(first.lockDate)}`);
  if (group.length === 1) {
    lines.push(`Đơn vị: ${first.unitName}`, `Tình trạng: ${itemCodeLabel(first.code)}`);
  } else {
    const open = group.filter((i) => !isClosedCode(i.code));
    lines.push(`Đơn vị: ${group.length} (đã xong ${group.length - open.length}, còn ${open.length})`);
    if (open.length > 0) lines.push(`Chưa xong: ${open.slice(0, 30).map((i) => i.unitName).join('; ')}${open.length > 30 ? '; …' : ''}`);
  }
  return lines.join('\n');
}

function eventOf(group: readonly DeadlineItem[], own: boolean, groupLink: (i: DeadlineItem) => string): CalendarEvent {
  const first = group[0] as DeadlineItem;
  const single = group.length === 1;
  const base = `Hạn ${what(first)} — ${planRef(first)}`;
  const summary = single ? (own ? base : `${base} — ${first.unitName}`) : `${base} (${group.length} đơn vị)`;
  const items = group.map(eventItem);
  const tone = items.reduce<Tone>((worst, i) => (TONE_URGENCY[i.tone] < TONE_URGENCY[worst] ? i.tone : worst), 'done');
  return {
    uid: single ? `${first.kind}-${first.id}@thucthi` : `${first.kind}-nhom-${fnv1a(`${first.planId}|${first.groupKey}|${first.date}`)}@thucthi`,
    date: first.date,
    kind: first.kind,
    summary,
    description: describe(group, first),
    planId: first.planId,
    planNumber: first.planNumber,
    link: single ? first.link : groupLink(first),
    tone,
    total: group.length,
    closed: group.filter((i) => isClosedCode(i.code)).length,
    items,
  };
}

/**
 * Events from deadline items: the user's own unit's items one by one, other
 * units' grouped by (kind, plan, group key, date). Sorted by date, then summary.
 */
export function calendarEvents(items: readonly DeadlineItem[], options: { ownUnitId: string; groupLink: (item: DeadlineItem) => string }): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const groups = new Map<string, DeadlineItem[]>();
  for (const item of items) {
    if (item.unitId === options.ownUnitId) {
      events.push(eventOf([item], true, options.groupLink));
      continue;
    }
    const key = `${item.kind}|${item.planId}|${item.groupKey}|${item.date}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) events.push(eventOf(group, false, options.groupLink));
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.summary.localeCompare(b.summary, 'vi')));
}
