/**
 * The report form of a plan (sections from its content areas, indicators and
 * rules the coordinator defines) and the reporting rules of its duties.
 */
import { asc, eq } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { ReportingRule } from '../../../core/period/index.ts';
import { DISSEMINATION_INDICATORS, DISSEMINATION_RULES, formSections, type Indicator, type IndicatorRule, type ReportForm } from '../../../core/reporting/index.ts';
import { contentAreas, duties, planForms, plans, reportingDuties, reportingRules } from '../../db/schema/index.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { loadPlan } from '../plans.ts';
import type { Scope } from '../scope.ts';
import { ensureObligations, rescheduleOpenObligations, rulesOf } from './obligations.ts';

export interface PlanFormSettings {
  form: ReportForm;
  requireApproval: boolean;
  version: number;
}

export async function loadForm(read: ReadTx, planId: string): Promise<PlanFormSettings> {
  const [areas, [settings]] = await Promise.all([
    read.select().from(contentAreas).where(eq(contentAreas.planId, planId)).orderBy(asc(contentAreas.ord)),
    read.select().from(planForms).where(eq(planForms.planId, planId)),
  ]);
  return {
    form: { sections: formSections(areas), indicators: settings?.indicators ?? [], rules: settings?.rules ?? [] },
    requireApproval: settings?.requireApproval ?? false,
    version: settings?.version ?? 0,
  };
}

/** A new plan's form: the dissemination indicators when it has a quán triệt duty. */
export async function createDefaultForm(work: Work, planId: string): Promise<void> {
  const kinds = await work.read.selectDistinct({ kind: duties.kind }).from(duties).where(eq(duties.planId, planId));
  const hasDissemination = kinds.some((k) => k.kind === 'disseminate');
  await work.write.insertOne(
    planForms,
    { planId, indicators: hasDissemination ? DISSEMINATION_INDICATORS : [], rules: hasDissemination ? DISSEMINATION_RULES : [] },
    { action: 'form.create' },
  );
}

export interface FormInput {
  indicators: Indicator[];
  rules: IndicatorRule[];
  requireApproval: boolean;
}

export async function updateForm(work: Work, scope: Scope, planId: string, input: FormInput, expectedVersion: number): Promise<PlanFormSettings> {
  const [plan] = await work.read.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan');
  scope.check(plan.ownerUnitId);
  const codes = new Set<string>();
  for (const i of input.indicators) {
    if (codes.has(i.code)) throw new AppError('VALIDATION_FAILED', { reason: `Mã chỉ tiêu trùng: ${i.code}` });
    codes.add(i.code);
  }
  for (const r of input.rules) {
    if (!codes.has(r.left) || !codes.has(r.right)) throw new AppError('VALIDATION_FAILED', { reason: `Quy tắc tham chiếu chỉ tiêu không tồn tại: ${r.left} ${r.op} ${r.right}` });
  }
  const [current] = await work.read.select().from(planForms).where(eq(planForms.planId, planId));
  if (!current) {
    if (expectedVersion !== 0) throw new AppError('VERSION_CONFLICT');
    await work.write.insertOne(planForms, { planId, ...input }, { action: 'form.create' });
  } else {
    if (current.version !== expectedVersion) throw new AppError('VERSION_CONFLICT');
    // planForms is keyed by plan_id; update through a where on it.
    await work.write.updateWhere(planForms, eq(planForms.planId, planId), input, { action: 'form.update' });
  }
  return loadForm(work.read, planId);
}

/** The form and the reporting rules of a plan the caller may see. */
export async function getPlanForm(read: ReadTx, scope: Scope, planId: string) {
  await loadPlan(read, scope, planId);
  return { ...(await loadForm(read, planId)), reportingRules: await listRules(read, planId) };
}

export async function listRules(read: ReadTx, planId: string) {
  const dutyRows = await read.select().from(reportingDuties).where(eq(reportingDuties.planId, planId));
  const rules = await rulesOf(read, dutyRows);
  return dutyRows.map((d) => ({ reportingDutyId: d.id, cadence: d.cadence, text: d.text, rule: rules.get(d.id) ?? null }));
}

/** Sets a reporting duty's rule, reschedules obligations without reports, and generates missing ones. */
export async function setRule(work: Work, scope: Scope, reportingDutyId: string, rule: ReportingRule, today: CivilDate): Promise<void> {
  const [duty] = await work.read.select().from(reportingDuties).where(eq(reportingDuties.id, reportingDutyId));
  if (!duty) throw notFound('reporting duty');
  const [plan] = await work.read.select().from(plans).where(eq(plans.id, duty.planId));
  if (!plan) throw notFound('plan');
  scope.check(plan.ownerUnitId);
  if (duty.cadence === 'once' || rule.cadence !== duty.cadence) throw new AppError('VALIDATION_FAILED', { reason: 'Chu kỳ báo cáo không khớp.' });
  const [existing] = await work.read.select().from(reportingRules).where(eq(reportingRules.reportingDutyId, reportingDutyId));
  if (existing) await work.write.updateWhere(reportingRules, eq(reportingRules.reportingDutyId, reportingDutyId), { rule }, { action: 'rule.update' });
  else await work.write.insertOne(reportingRules, { reportingDutyId, rule }, { action: 'rule.create' });
  await rescheduleOpenObligations(work, reportingDutyId, rule);
  await ensureObligations(work, plan.id, today);
}
