/**
 * Consolidated reports (báo cáo tổng hợp): created from the period's reports
 * (or a review's range), edited section by section with optimistic versions,
 * refreshed when reports change without losing an edit, listed by plan.
 * Reading needs the plan's owner in the caller's `report.read` scope (the
 * document covers every unit); writing needs it in `consolidation.manage`.
 */
import { desc, eq } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { applyEdits, buildConsolidation, defaultFrame, refreshSections, type ConsolidationContent, type ConsolidationKind, type DocumentFrame, type SectionEdit } from '../../../core/consolidation/index.ts';
import { consolidations, plans, units, users } from '../../db/schema/index.ts';
import type { Actor, ReadTx, Work } from '../../db/uow.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Scope } from '../scope.ts';
import { defaultRecipients, loadDraftInput, loadUnit, periodsCovered, unitInfo, unitWithParent, type PlanRow } from './inputs.ts';
import { sanitizeSectionHtml } from './sanitize.ts';
import { periodName } from '../../../core/period/index.ts';

export type ConsolidationRow = typeof consolidations.$inferSelect;

// The schema's vocabulary and core's must stay the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _kindsMatch: Same<ConsolidationKind, ConsolidationRow['kind']> = true;

/** The stored content, of the one schema written so far. */
export function contentOf(row: { content: unknown }): ConsolidationContent {
  const c = row.content as ConsolidationContent | null;
  if (!c || c.schema !== 1) throw new AppError('INTERNAL', { reason: 'Nội dung báo cáo tổng hợp không đúng định dạng.' });
  return c;
}

export function frameOf(row: { frame: unknown }): DocumentFrame {
  return row.frame as DocumentFrame;
}

export async function loadPlanRow(read: ReadTx, planId: string): Promise<PlanRow> {
  const [plan] = await read.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('plan');
  return plan;
}

/** The consolidation and its plan, when the plan's owner is in scope. */
export async function loadConsolidation(read: ReadTx, scope: Scope, id: string): Promise<{ row: ConsolidationRow; plan: PlanRow }> {
  const [found] = await read.select({ row: consolidations, plan: plans }).from(consolidations).innerJoin(plans, eq(plans.id, consolidations.planId)).where(eq(consolidations.id, id));
  if (!found) throw notFound('consolidation');
  scope.check(found.plan.ownerUnitId);
  return found;
}

export function rangeLabel(kind: ConsolidationKind, from: string, to: string): string {
  return kind === 'period' || from === to ? periodName(from) : `${periodName(from)} – ${periodName(to)}`;
}

export interface Abilities {
  /** Edit, refresh, save versions. */
  edit: boolean;
}

export async function present(read: ReadTx, row: ConsolidationRow, plan: PlanRow, abilities: Abilities) {
  const [issuer, [creator]] = await Promise.all([loadUnit(read, row.issuerUnitId), read.select({ name: users.displayName }).from(users).where(eq(users.id, row.createdBy))]);
  const content = contentOf(row);
  return {
    id: row.id,
    plan: { id: plan.id, number: plan.number, title: plan.title },
    kind: row.kind,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    periodLabel: rangeLabel(row.kind, row.periodFrom, row.periodTo),
    title: row.title,
    issuer: { id: issuer.id, name: issuer.name },
    content,
    frame: frameOf(row),
    staleSections: content.sections.filter((s) => s.stale).map((s) => s.key),
    versionCount: row.versionCount,
    version: row.version,
    createdBy: { id: row.createdBy, name: creator?.name ?? '' },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities,
  };
}

export type ConsolidationView = Awaited<ReturnType<typeof present>>;

function requireActor(work: Work): Actor {
  if (!work.actor) throw new AppError('UNAUTHENTICATED');
  return work.actor;
}

export interface NewConsolidation {
  planId: string;
  kind: ConsolidationKind;
  /** The period (kind period) or the first of the range (null: the plan's first). */
  from: string | null;
  to: string | null;
  today: CivilDate;
}

/** Drafts a consolidated report from the reports as they stand now. */
export async function createConsolidation(work: Work, scope: Scope, input: NewConsolidation): Promise<ConsolidationView> {
  const actor = requireActor(work);
  const plan = await loadPlanRow(work.read, input.planId);
  scope.check(plan.ownerUnitId);
  // The plan's coordinating office issues it (Ban Tuyên giáo for 82-KH/TU), else the caller's unit.
  const { unit: issuer, parent } = await unitWithParent(work.read, plan.coordinatorUnitId ?? actor.unitId);
  const periodIds = await periodsCovered(work.read, plan.id, { kind: input.kind, from: input.from, to: input.to });
  const draft = buildConsolidation(await loadDraftInput(work.read, plan, issuer, input.kind, periodIds, input.today), input.kind);
  const content: ConsolidationContent = { schema: 1, kind: input.kind, periodIds: draft.periodIds, generatedOn: input.today, sections: draft.sections, tables: draft.tables };
  const frame = defaultFrame({ issuer: unitInfo(issuer), parent: parent && unitInfo(parent), place: plan.place ?? '', recipients: await defaultRecipients(work.read, plan) });
  const row = await work.write.insertOne(
    consolidations,
    {
      planId: plan.id,
      kind: input.kind,
      periodFrom: draft.periodIds[0] ?? '',
      periodTo: draft.periodIds[draft.periodIds.length - 1] ?? '',
      title: draft.title,
      issuerUnitId: issuer.id,
      content,
      frame,
      createdBy: actor.userId,
    },
    { action: 'consolidation.create' },
  );
  return present(work.read, row, plan, { edit: true });
}

export async function getConsolidation(read: ReadTx, scope: Scope, id: string, abilities: (plan: PlanRow) => Abilities): Promise<ConsolidationView> {
  const { row, plan } = await loadConsolidation(read, scope, id);
  return present(read, row, plan, abilities(plan));
}

export async function listConsolidations(read: ReadTx, scope: Scope, planId: string) {
  const plan = await loadPlanRow(read, planId);
  scope.check(plan.ownerUnitId);
  const rows = await read
    .select({ row: consolidations, issuerName: units.name })
    .from(consolidations)
    .innerJoin(units, eq(units.id, consolidations.issuerUnitId))
    .where(eq(consolidations.planId, planId))
    .orderBy(desc(consolidations.periodTo), desc(consolidations.createdAt));
  return rows.map(({ row, issuerName }) => ({
    id: row.id,
    kind: row.kind,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    periodLabel: rangeLabel(row.kind, row.periodFrom, row.periodTo),
    title: row.title,
    issuerName,
    staleSections: contentOf(row).sections.filter((s) => s.stale).length,
    versionCount: row.versionCount,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

/** Refuses a write based on an older version, answering with the current one. */
export async function checkVersion(read: ReadTx, row: ConsolidationRow, plan: PlanRow, expected: number): Promise<void> {
  if (row.version !== expected) throw new AppError('VERSION_CONFLICT', { current: await present(read, row, plan, { edit: true }) });
}

export interface ConsolidationEdit {
  expectedVersion: number;
  title?: string;
  frame?: DocumentFrame;
  /** Only the sections the coordinator changed or reviewed (saving clears `stale`). */
  sections?: SectionEdit[];
}

export async function saveConsolidation(work: Work, scope: Scope, id: string, input: ConsolidationEdit): Promise<ConsolidationView> {
  requireActor(work);
  const { row, plan } = await loadConsolidation(work.read, scope, id);
  await checkVersion(work.read, row, plan, input.expectedVersion);
  let content = contentOf(row);
  if (input.sections?.length) {
    const edits = input.sections.map((s) => ({ key: s.key, html: sanitizeSectionHtml(s.html) }));
    const applied = applyEdits(content.sections, edits);
    if (applied.unknown.length) throw new AppError('CONSOLIDATION_SECTION_UNKNOWN', { keys: applied.unknown });
    content = { ...content, sections: applied.sections };
  }
  const updated = await work.write.update(
    consolidations,
    row.id,
    { content, ...(input.title !== undefined ? { title: input.title } : {}), ...(input.frame !== undefined ? { frame: input.frame } : {}) },
    { action: 'consolidation.save', expectedVersion: input.expectedVersion },
  );
  return present(work.read, updated, plan, { edit: true });
}

/**
 * Regenerates from the reports as they stand now (a late report arrived, one
 * was returned): tables always, sections unless edited — an edited section
 * keeps its text and is flagged stale when there is new material.
 */
export async function refreshConsolidation(work: Work, scope: Scope, id: string, input: { expectedVersion: number; today: CivilDate }): Promise<ConsolidationView> {
  requireActor(work);
  const { row, plan } = await loadConsolidation(work.read, scope, id);
  await checkVersion(work.read, row, plan, input.expectedVersion);
  const content = contentOf(row);
  const issuer = await loadUnit(work.read, row.issuerUnitId);
  const draft = buildConsolidation(await loadDraftInput(work.read, plan, issuer, content.kind, content.periodIds, input.today), content.kind);
  const next: ConsolidationContent = { ...content, generatedOn: input.today, sections: refreshSections(content.sections, draft.sections), tables: draft.tables };
  const updated = await work.write.update(consolidations, row.id, { content: next }, { action: 'consolidation.refresh', expectedVersion: input.expectedVersion });
  return present(work.read, updated, plan, { edit: true });
}
