/**
 * Published plans: the list, one plan with its outline and duties, and the
 * coordinator's edits to its metadata.
 */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { CivilDate } from '../../core/civil-date.ts';
import { DUTY_STATUSES, dutyStatus, type DutyStatus } from '../../core/duty/index.ts';
import { foldVietnamese } from '../../core/text/vietnamese.ts';
import { anyUuid } from '../db/sql.ts';
import { assignments, contentAreas, duties, planCitations, plans, reportingDuties, unitGroups, units } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { notFound, outOfScope } from '../http/errors.ts';
import type { Scope } from './scope.ts';

export type PlanRow = typeof plans.$inferSelect;

/** A plan is visible when its owner is in scope, or when any of its duties is. */
function visiblePlans(scope: Scope) {
  const ids = scope.list();
  if (!ids) return undefined;
  return or(anyUuid(plans.ownerUnitId, ids), sql`EXISTS (SELECT 1 FROM duties d WHERE d.plan_id = ${plans.id} AND ${anyUuid(sql`d.unit_id`, ids)})`);
}

export type StatusCounts = Record<DutyStatus, number>;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(DUTY_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export async function listPlans(read: ReadTx, scope: Scope, options: { q?: string; today: CivilDate }) {
  const conditions = [visiblePlans(scope)];
  if (options.q?.trim()) conditions.push(sql`${plans.searchText} LIKE ${`%${foldVietnamese(options.q)}%`}`);
  const rows = await read
    .select({
      id: plans.id,
      number: plans.number,
      type: plans.type,
      title: plans.title,
      issuer: plans.issuer,
      date: plans.date,
      status: plans.status,
      parentPlanId: plans.parentPlanId,
      ownerUnitId: plans.ownerUnitId,
    })
    .from(plans)
    .where(and(...conditions))
    .orderBy(desc(plans.date), desc(plans.createdAt))
    .limit(500);
  const ids = rows.map((r) => r.id);
  const dutyRows = ids.length
    ? await read
        .select({ planId: duties.planId, unitId: duties.unitId, deadline: duties.deadline, completedOn: duties.completedOn, startedOn: duties.startedOn, progress: duties.progress })
        .from(duties)
        .where(and(anyUuid(duties.planId, ids), isNull(duties.transferredOn), scope.all ? undefined : anyUuid(duties.unitId, scope.list() ?? [])))
    : [];
  const counts = new Map<string, StatusCounts>();
  for (const d of dutyRows) {
    const c = counts.get(d.planId) ?? emptyCounts();
    c[dutyStatus(d, { today: options.today })]++;
    counts.set(d.planId, c);
  }
  return rows.map((r) => ({ ...r, dutyCounts: counts.get(r.id) ?? emptyCounts() }));
}

/** The plan, when the caller may see it (OUT_OF_SCOPE or NOT_FOUND otherwise). */
export async function loadPlan(read: ReadTx, scope: Scope, id: string): Promise<PlanRow> {
  const [row] = await read
    .select()
    .from(plans)
    .where(and(eq(plans.id, id), visiblePlans(scope)));
  if (!row) {
    const [exists] = await read.select({ id: plans.id }).from(plans).where(eq(plans.id, id));
    throw exists ? outOfScope() : notFound('plan');
  }
  return row;
}

export async function getPlan(read: ReadTx, scope: Scope, id: string, options: { today: CivilDate; canManage: boolean }) {
  const plan = await loadPlan(read, scope, id);
  const [cites, areas, assignmentRows, dutyRows, reportRows, children] = await Promise.all([
    read.select().from(planCitations).where(eq(planCitations.planId, id)).orderBy(asc(planCitations.ord)),
    read.select().from(contentAreas).where(eq(contentAreas.planId, id)).orderBy(asc(contentAreas.ord)),
    read.select().from(assignments).where(eq(assignments.planId, id)).orderBy(asc(assignments.ord)),
    read
      .select({ duty: duties, unitName: units.name, unitSort: units.sortOrder })
      .from(duties)
      .innerJoin(units, eq(units.id, duties.unitId))
      .where(and(eq(duties.planId, id), scope.all ? undefined : anyUuid(duties.unitId, scope.list() ?? []))),
    read.select().from(reportingDuties).where(eq(reportingDuties.planId, id)),
    read.select({ id: plans.id, number: plans.number, title: plans.title, ownerUnitId: plans.ownerUnitId }).from(plans).where(eq(plans.parentPlanId, id)),
  ]);
  // Cited documents link to plans in the system with the same number.
  const symbols = cites.map((c) => c.symbol.toLowerCase());
  const linked = symbols.length
    ? await read
        .select({ id: plans.id, number: plans.number })
        .from(plans)
        .where(and(inArray(sql`lower(${plans.number})`, symbols), visiblePlans(scope)))
    : [];
  const groupIds = [...new Set(assignmentRows.flatMap((a) => a.groupIds))];
  const groupNames = groupIds.length ? await read.select({ id: unitGroups.id, name: unitGroups.name }).from(unitGroups).where(anyUuid(unitGroups.id, groupIds)) : [];
  const unitIdsInReports = [...new Set(reportRows.flatMap((r) => [...r.recipientUnitIds, ...(r.relayUnitId ? [r.relayUnitId] : [])]))];
  const reportUnitNames = unitIdsInReports.length ? await read.select({ id: units.id, name: units.name }).from(units).where(anyUuid(units.id, unitIdsInReports)) : [];
  const nameOf = new Map([...groupNames, ...reportUnitNames].map((g) => [g.id, g.name]));

  return {
    plan: {
      id: plan.id,
      number: plan.number,
      type: plan.type,
      issuer: plan.issuer,
      place: plan.place,
      date: plan.date,
      title: plan.title,
      status: plan.status,
      endDate: plan.endDate,
      parentPlanId: plan.parentPlanId,
      ownerUnitId: plan.ownerUnitId,
      coordinatorUnitId: plan.coordinatorUnitId,
      recipients: plan.recipients,
      version: plan.version,
    },
    sections: plan.structure.sections,
    cites: cites.map((c) => ({ ...c, planId: linked.find((l) => l.number?.toLowerCase() === c.symbol.toLowerCase())?.id ?? null })),
    contentAreas: areas,
    assignments: assignmentRows.map((a) => ({ id: a.id, ord: a.ord, unitText: a.unitText, text: a.text, groups: a.groupIds.map((g) => ({ id: g, name: nameOf.get(g) ?? '' })) })),
    today: options.today,
    duties: dutyRows.map(({ duty, unitName, unitSort }) => ({
      id: duty.id,
      assignmentId: duty.assignmentId,
      unitId: duty.unitId,
      unitName,
      unitSort,
      role: duty.role,
      kind: duty.kind,
      text: duty.text,
      deadline: duty.deadline,
      deadlineText: duty.deadlineText,
      progress: duty.progress,
      completedOn: duty.completedOn,
      transferredOn: duty.transferredOn,
      status: dutyStatus(duty, { today: options.today }),
    })),
    reportingDuties: reportRows.map((r) => ({
      id: r.id,
      assignmentId: r.assignmentId,
      cadence: r.cadence,
      text: r.text,
      to: r.recipientUnitIds.map((u) => nameOf.get(u) ?? u),
      toText: r.toText,
      via: r.relayUnitId ? (nameOf.get(r.relayUnitId) ?? null) : null,
      unitCount: r.unitIds.length,
    })),
    children,
    abilities: { manage: options.canManage && scope.has(plan.ownerUnitId) },
  };
}

export async function getPlanSource(read: ReadTx, scope: Scope, id: string): Promise<{ sourceName: string | null; sourceText: string }> {
  const plan = await loadPlan(read, scope, id);
  return { sourceName: plan.sourceName, sourceText: plan.sourceText };
}

export interface PlanPatch {
  title: string;
  endDate: CivilDate | null;
  status: PlanRow['status'];
}

export async function updatePlan(work: Work, scope: Scope, id: string, patch: PlanPatch, expectedVersion: number): Promise<PlanRow> {
  const plan = await loadPlan(work.read, scope, id);
  scope.check(plan.ownerUnitId);
  return work.write.update(
    plans,
    id,
    { title: patch.title, endDate: patch.endDate, status: patch.status, searchText: foldVietnamese([plan.number ?? '', patch.title, plan.issuer ?? ''].join(' | ')) },
    { action: 'plan.update', expectedVersion },
  );
}
