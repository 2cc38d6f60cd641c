/**
 * Reminder rules of a plan: when units are reminded of a deadline, and when
 * the coordinating office hears that a unit is behind.
 *
 * Stored per plan as JSON in which every field may be null ("use the
 * default"), so a plan that never touched its rules follows the defaults as
 * they evolve, and a coordinator changes only what they mean to change.
 *
 * Defaults (practice of provincial offices, domain.md): a week's notice and
 * the day before; a notice on the day; every 3 days while overdue until the
 * lock date; after 5 days overdue, the unit's leaders and the coordinating
 * office are told. Reminders go out on working days only: a weekend notice
 * is read on Monday anyway, and an office that gets mail on Sunday learns to
 * ignore it.
 */

export interface ReminderRules {
  /** Off: the plan sends no automatic reminders (manual "Nhắc báo cáo" still works). */
  enabled: boolean;
  /** Days before the due date, e.g. [7, 1]; kept unique and in descending order. */
  beforeDays: number[];
  /** A notice on the due date itself. */
  onDueDate: boolean;
  /** Every N days while overdue (until the lock date); 0 = none. */
  overdueEveryDays: number;
  /** Tell the unit's leaders and the coordinating office after N days overdue; 0 = never. */
  escalateAfterDays: number;
  /**
   * Duties have no lock date: their overdue reminders and escalation stop
   * this many days after the deadline (the overdue list on the dashboard
   * carries them from there). 30 days matches the usual lock offset of reports.
   */
  dutyOverdueDays: number;
  /** Send only on working days (weekends and public holidays move reminders, see engine.ts). */
  workingDaysOnly: boolean;
}

export const REMINDER_RULE_FIELDS = ['enabled', 'beforeDays', 'onDueDate', 'overdueEveryDays', 'escalateAfterDays', 'dutyOverdueDays', 'workingDaysOnly'] as const satisfies readonly (keyof ReminderRules)[];

/** What is stored: each field a value or null for the default. */
export type StoredReminderRules = { [K in keyof ReminderRules]: ReminderRules[K] | null };

export const DEFAULT_REMINDER_RULES: Readonly<ReminderRules> = Object.freeze({
  enabled: true,
  beforeDays: [7, 1],
  onDueDate: true,
  overdueEveryDays: 3,
  escalateAfterDays: 5,
  dutyOverdueDays: 30,
  workingDaysOnly: true,
});

/** Bounds of the numeric fields (inclusive); the API schema uses the same. */
export const REMINDER_RULE_LIMITS = {
  beforeDays: { min: 1, max: 60, count: 5 },
  overdueEveryDays: { min: 0, max: 60 },
  escalateAfterDays: { min: 0, max: 365 },
  dutyOverdueDays: { min: 0, max: 365 },
} as const;

export function emptyStoredRules(): StoredReminderRules {
  return { enabled: null, beforeDays: null, onDueDate: null, overdueEveryDays: null, escalateAfterDays: null, dutyOverdueDays: null, workingDaysOnly: null };
}

/** Unique whole days in range, latest notice first ([1, 7, 7] → [7, 1]). */
export function normaliseBeforeDays(days: readonly number[]): number[] {
  const { min, max, count } = REMINDER_RULE_LIMITS.beforeDays;
  return [...new Set(days.filter((d) => Number.isInteger(d) && d >= min && d <= max))].sort((a, b) => b - a).slice(0, count);
}

export function effectiveRules(stored: Partial<StoredReminderRules> | null | undefined): ReminderRules {
  const s = stored ?? {};
  return {
    enabled: s.enabled ?? DEFAULT_REMINDER_RULES.enabled,
    beforeDays: s.beforeDays ? normaliseBeforeDays(s.beforeDays) : [...DEFAULT_REMINDER_RULES.beforeDays],
    onDueDate: s.onDueDate ?? DEFAULT_REMINDER_RULES.onDueDate,
    overdueEveryDays: s.overdueEveryDays ?? DEFAULT_REMINDER_RULES.overdueEveryDays,
    escalateAfterDays: s.escalateAfterDays ?? DEFAULT_REMINDER_RULES.escalateAfterDays,
    dutyOverdueDays: s.dutyOverdueDays ?? DEFAULT_REMINDER_RULES.dutyOverdueDays,
    workingDaysOnly: s.workingDaysOnly ?? DEFAULT_REMINDER_RULES.workingDaysOnly,
  };
}

type NumberField = 'overdueEveryDays' | 'escalateAfterDays' | 'dutyOverdueDays';

function intIn(value: unknown, field: NumberField): number | null {
  const { min, max } = REMINDER_RULE_LIMITS[field];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * Reads stored rules (JSON from the database, possibly written by an older
 * version): keeps the valid fields, drops the rest to their defaults and says
 * which, never throws.
 */
export function readStoredRules(raw: unknown): { value: StoredReminderRules; issues: string[] } {
  const value = emptyStoredRules();
  const issues: string[] = [];
  if (raw === null || raw === undefined) return { value, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value, issues: ['rules'] };
  const r = raw as Record<string, unknown>;
  const bool = (field: 'enabled' | 'onDueDate' | 'workingDaysOnly') => {
    const v = r[field];
    if (v === null || v === undefined) return;
    if (typeof v === 'boolean') value[field] = v;
    else issues.push(field);
  };
  bool('enabled');
  bool('onDueDate');
  bool('workingDaysOnly');
  for (const field of ['overdueEveryDays', 'escalateAfterDays', 'dutyOverdueDays'] as const) {
    const v = r[field];
    if (v === null || v === undefined) continue;
    const n = intIn(v, field);
    if (n === null) issues.push(field);
    else value[field] = n;
  }
  const before = r.beforeDays;
  if (Array.isArray(before)) {
    const days = normaliseBeforeDays(before.filter((d): d is number => typeof d === 'number'));
    if (days.length !== before.length) issues.push('beforeDays');
    value.beforeDays = days;
  } else if (before !== null && before !== undefined) issues.push('beforeDays');
  return { value, issues };
}
