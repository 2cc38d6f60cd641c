/**
 * The reminder engine: given the plans' rules, the open items, the people of
 * each unit and a fixed `today`, the reminders due today — each with its
 * stable key, its recipient, its channels and its words. Pure: no clock, no
 * database, no mail. Sending each one exactly once is the server's job (the
 * reminder log, keyed by item × key × user × channel).
 *
 * Recipients (domain.md: "reminders before a deadline and escalation after it"):
 *  - the series (before-N, on-day, overdue-K) goes to the unit's reporters
 *    and leaders, the people who can act on it;
 *  - the escalation goes to the unit's leaders and to the coordinators of the
 *    plan's coordinating office (Ban Tuyên giáo for 82-KH/TU), who follow up.
 * Channels: always in the app; by e-mail too when e-mail is configured, the
 * user has an address and has not turned e-mail reminders off. Users who
 * chose the daily digest get their e-mails as one message a day (`digest`).
 */
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { Role } from '../access/roles.ts';
import type { CivilDate } from '../civil-date.ts';
import { composeReminder, type ReminderAudience, type ReminderItemText } from './messages.ts';
import { milestoneKey, milestonesDue, type DatedItem, type Milestone } from './milestones.ts';
import type { ReminderRules } from './rules.ts';

export const REMINDER_CHANNELS = ['app', 'email'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export interface ReminderItem extends DatedItem, ReminderItemText {
  id: string;
  planId: string;
  unitId: string;
}

export interface ReminderRecipient {
  userId: string;
  name: string;
  role: Role;
  email: string | null;
  /** The user's preference (default on). */
  emailReminders: boolean;
  /** One e-mail a day instead of one per reminder (default off). */
  dailyDigest: boolean;
}

export interface ReminderPlan {
  id: string;
  rules: ReminderRules;
  /** Coordinators of the plan's coordinating office: told when a unit is behind. */
  coordinators: readonly ReminderRecipient[];
}

export interface ReminderInput {
  today: CivilDate;
  plans: readonly ReminderPlan[];
  items: readonly ReminderItem[];
  /** Active users by unit id. */
  usersByUnit: ReadonlyMap<string, readonly ReminderRecipient[]>;
  /** E-mail is configured on this server (SMTP_URL). */
  emailEnabled: boolean;
  publicUrl?: string | null;
  calendar?: HolidayCalendar;
}

export interface DueReminder {
  item: ReminderItem;
  milestone: Milestone;
  /** 'before-7', 'on-day', 'overdue-3', 'escalate'. */
  key: string;
  audience: ReminderAudience;
  recipient: ReminderRecipient;
  channels: ReminderChannel[];
  /** The e-mail goes into the recipient's daily digest rather than on its own. */
  digest: boolean;
  subject: string;
  text: string;
  notice: string;
}

const UNIT_AUDIENCE_ROLES: ReadonlySet<Role> = new Set(['reporter', 'leader']);

function recipientsFor(audience: ReminderAudience, item: ReminderItem, plan: ReminderPlan, usersByUnit: ReminderInput['usersByUnit']): ReminderRecipient[] {
  const unitUsers = usersByUnit.get(item.unitId) ?? [];
  const list = audience === 'unit' ? unitUsers.filter((u) => UNIT_AUDIENCE_ROLES.has(u.role)) : [...unitUsers.filter((u) => u.role === 'leader'), ...plan.coordinators];
  const seen = new Set<string>();
  return list.filter((u) => (seen.has(u.userId) ? false : (seen.add(u.userId), true)));
}

export function channelsFor(recipient: ReminderRecipient, emailEnabled: boolean): ReminderChannel[] {
  return emailEnabled && recipient.email && recipient.emailReminders ? ['app', 'email'] : ['app'];
}

/** The reminders due on `input.today`, in a stable order (due date, item, audience, key, user). */
export function dueReminders(input: ReminderInput): DueReminder[] {
  const calendar = input.calendar ?? DEFAULT_HOLIDAY_CALENDAR;
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const out: DueReminder[] = [];
  for (const item of input.items) {
    const plan = plans.get(item.planId);
    if (!plan) continue;
    for (const milestone of milestonesDue(item, plan.rules, input.today, calendar)) {
      const audience: ReminderAudience = milestone.type === 'escalate' ? 'escalation' : 'unit';
      for (const recipient of recipientsFor(audience, item, plan, input.usersByUnit)) {
        const channels = channelsFor(recipient, input.emailEnabled);
        const words = composeReminder(item, milestone, audience, recipient.name, input.today, input.publicUrl);
        out.push({
          item,
          milestone,
          key: milestoneKey(milestone),
          audience,
          recipient,
          channels,
          digest: channels.includes('email') && recipient.dailyDigest,
          ...words,
        });
      }
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort(
    (a, b) =>
      cmp(a.item.dueDate, b.item.dueDate) ||
      cmp(a.item.id, b.item.id) ||
      cmp(a.audience, b.audience) ||
      cmp(a.key, b.key) ||
      cmp(a.recipient.userId, b.recipient.userId),
  );
}
