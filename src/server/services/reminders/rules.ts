/**
 * A plan's reminder rules: read with their defaults, changed by the
 * coordinating office with an optimistic version (0 = never saved).
 */
import { eq } from 'drizzle-orm';
import { DEFAULT_REMINDER_RULES, effectiveRules, readStoredRules, type ReminderRules, type StoredReminderRules } from '../../../core/reminders/index.ts';
import { plans, reminderRules } from '../../db/schema/index.ts';
import { anyUuid } from '../../db/sql.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { conflict, notFound } from '../../http/errors.ts';
import { loadPlan } from '../plans.ts';
import type { Scope } from '../scope.ts';

/** Effective rules of each plan (defaults for plans that never saved any). */
export async function rulesByPlan(read: ReadTx, planIds: readonly string[]): Promise<Map<string, ReminderRules>> {
  const rows = planIds.length ? await read.select().from(reminderRules).where(anyUuid(reminderRules.planId, planIds)) : [];
  const stored = new Map(rows.map((r) => [r.planId, readStoredRules(r.rules).value]));
  return new Map(planIds.map((id) => [id, effectiveRules(stored.get(id))]));
}

export interface ReminderRulesView {
  planId: string;
  /** As saved: null fields follow the defaults. */
  rules: StoredReminderRules;
  effective: ReminderRules;
  defaults: ReminderRules;
  /** 0 when the plan never saved rules. */
  version: number;
  /** Saved fields that were invalid and fell back to the default. */
  issues: string[];
}

async function view(read: ReadTx, planId: string): Promise<ReminderRulesView> {
  const [row] = await read.select().from(reminderRules).where(eq(reminderRules.planId, planId));
  const { value, issues } = readStoredRules(row?.rules ?? null);
  return { planId, rules: value, effective: effectiveRules(value), defaults: { ...DEFAULT_REMINDER_RULES, beforeDays: [...DEFAULT_REMINDER_RULES.beforeDays] }, version: row?.version ?? 0, issues };
}

export async function getReminderRules(read: ReadTx, scope: Scope, planId: string): Promise<ReminderRulesView> {
  await loadPlan(read, scope, planId);
  return view(read, planId);
}

export async function setReminderRules(work: Work, scope: Scope, planId: string, input: StoredReminderRules, expectedVersion: number): Promise<ReminderRulesView> {
  const [plan] = await work.read.select({ ownerUnitId: plans.ownerUnitId }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan');
  scope.check(plan.ownerUnitId);
  // Stored through the same reader the engine uses: what is saved is what runs.
  const { value } = readStoredRules(input);
  const [current] = await work.read.select().from(reminderRules).where(eq(reminderRules.planId, planId));
  if ((current?.version ?? 0) !== expectedVersion) throw conflict(current ?? null);
  if (current) await work.write.updateWhere(reminderRules, eq(reminderRules.planId, planId), { rules: value }, { action: 'reminder-rules.update' });
  // insertMissing: two first saves at once are a version conflict, not a crash.
  else if ((await work.write.insertMissing(reminderRules, [{ planId, rules: value }], { action: 'reminder-rules.create' })).length === 0) throw conflict();
  return view(work.read, planId);
}
