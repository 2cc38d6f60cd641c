/**
 * planImporter: a plan document becomes a checked draft, then a published
 * plan with its content areas, assignments, per-unit duties and reporting
 * duties — all in one transaction.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { parsePlanDocument } from '../../core/document/index.ts';
import type { ParsedPlan, ParseIssue } from '../../core/document/types.ts';
import { createResolver } from '../../core/org/resolve.ts';
import { buildImportDraft, contentAreas, expandTargets, publishedDuties, validateDraft, type ImportDraft } from '../../core/plan/draft.ts';
import { foldVietnamese } from '../../core/text/vietnamese.ts';
import { anyUuid } from '../db/sql.ts';
import { assignments, contentAreas as contentAreasTable, duties, planCitations, planImports, plans, reportingDuties } from '../db/schema/index.ts';
import type { ReadTx, Work } from '../db/uow.ts';
import { AppError, notFound } from '../http/errors.ts';
import { readDocument } from '../ingest/index.ts';
import { registryEntries } from './registry.ts';
import { createDefaultForm } from './reporting/forms.ts';
import { ensureObligations } from './reporting/obligations.ts';
import type { CivilDate } from '../../core/civil-date.ts';
import { organisationRoot, type Scope } from './scope.ts';

export type ImportRow = typeof planImports.$inferSelect;

export interface ImportView {
  id: string;
  status: ImportRow['status'];
  sourceName: string;
  sourceFormat: string;
  sourceText: string;
  issues: ParseIssue[];
  draft: ImportDraft;
  problems: ReturnType<typeof validateDraft>;
  duplicate: { planId: string; number: string; title: string } | null;
  planId: string | null;
  version: number;
  createdAt: Date;
}

async function findDuplicate(read: ReadTx, ownerUnitId: string, number: string | null, excludePlanId?: string) {
  if (!number) return null;
  const [row] = await read
    .select({ planId: plans.id, number: plans.number, title: plans.title })
    .from(plans)
    .where(and(eq(plans.ownerUnitId, ownerUnitId), sql`lower(${plans.number}) = lower(${number})`, excludePlanId ? sql`${plans.id} <> ${excludePlanId}` : undefined))
    .limit(1);
  return row ? { planId: row.planId, number: row.number ?? number, title: row.title } : null;
}

async function present(read: ReadTx, row: ImportRow): Promise<ImportView> {
  const draft = row.draft as ImportDraft;
  return {
    id: row.id,
    status: row.status,
    sourceName: row.sourceName,
    sourceFormat: row.sourceFormat,
    sourceText: row.sourceText,
    issues: row.parsed.issues,
    draft,
    problems: validateDraft(draft),
    duplicate: row.status === 'draft' ? await findDuplicate(read, row.ownerUnitId, draft.meta.number) : null,
    planId: row.planId,
    version: row.version,
    createdAt: row.createdAt,
  };
}

export interface NewImport {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
}

/** Reads and parses the document, resolves its units against the registry, and saves the draft. */
export async function createImport(work: Work, scope: Scope, input: NewImport): Promise<ImportView> {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  let document;
  try {
    document = await readDocument(input.bytes, input.fileName, { maxBytes: input.maxBytes });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code) throw new AppError(e.code as never, undefined, e.message);
    throw error;
  }
  const parsed: ParsedPlan = parsePlanDocument(document.text);
  parsed.issues = [...document.issues, ...parsed.issues];
  const ownerUnitId = await organisationRoot(work.read, actor.unitId);
  const { entries } = await registryEntries(work.read, scope, parsed.date);
  const draft = buildImportDraft(parsed, createResolver(entries), { coordinatorUnitId: actor.unitId });
  const row = await work.write.insertOne(
    planImports,
    { ownerUnitId, sourceName: input.fileName, sourceFormat: document.format, sourceText: document.text, parsed, draft, createdBy: actor.userId },
    { action: 'import.create' },
  );
  return present(work.read, row);
}

async function loadImport(read: ReadTx, scope: Scope, id: string): Promise<ImportRow> {
  const [row] = await read.select().from(planImports).where(eq(planImports.id, id));
  if (!row) throw notFound('import');
  scope.check(row.ownerUnitId);
  return row;
}

export async function getImport(read: ReadTx, scope: Scope, id: string): Promise<ImportView> {
  return present(read, await loadImport(read, scope, id));
}

export async function listImports(read: ReadTx, scope: Scope): Promise<Omit<ImportView, 'sourceText' | 'draft' | 'issues'>[]> {
  const ids = scope.list();
  const rows = await read
    .select()
    .from(planImports)
    .where(ids ? anyUuid(planImports.ownerUnitId, ids) : undefined)
    .orderBy(desc(planImports.createdAt))
    .limit(200);
  return Promise.all(
    rows.map(async (r) => {
      const { sourceText: _s, draft: _d, issues: _i, ...rest } = await present(read, r);
      return rest;
    }),
  );
}

export async function saveImportDraft(work: Work, scope: Scope, id: string, draft: ImportDraft, expectedVersion: number): Promise<ImportView> {
  const row = await loadImport(work.read, scope, id);
  if (row.status !== 'draft') throw new AppError('IMPORT_NOT_DRAFT');
  const updated = await work.write.update(planImports, id, { draft }, { action: 'import.update', expectedVersion });
  return present(work.read, updated);
}

export async function discardImport(work: Work, scope: Scope, id: string): Promise<void> {
  const row = await loadImport(work.read, scope, id);
  if (row.status !== 'draft') throw new AppError('IMPORT_NOT_DRAFT');
  await work.write.update(planImports, id, { status: 'discarded' }, { action: 'import.discard' });
}

/** Publishes the draft: creates the plan and everything that hangs off it, or nothing. */
export async function publishImport(work: Work, scope: Scope, id: string, options: { expectedVersion: number; allowDuplicate: boolean; today: CivilDate }): Promise<{ planId: string }> {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const row = await loadImport(work.read, scope, id);
  if (row.status !== 'draft') throw new AppError('IMPORT_NOT_DRAFT');
  if (row.version !== options.expectedVersion) throw new AppError('VERSION_CONFLICT');
  const draft = row.draft as ImportDraft;
  const problems = validateDraft(draft);
  if (problems.length > 0) throw new AppError('IMPORT_INCOMPLETE', { problems });
  const duplicate = await findDuplicate(work.read, row.ownerUnitId, draft.meta.number);
  if (duplicate && !options.allowDuplicate) throw new AppError('PLAN_NUMBER_EXISTS', duplicate);
  if (draft.meta.coordinatorUnitId) scope.check(draft.meta.coordinatorUnitId);

  const { groupMembers } = await registryEntries(work.read, scope, draft.meta.date);
  const structure: ParsedPlan = {
    ...row.parsed,
    number: draft.meta.number,
    type: draft.meta.type,
    issuer: draft.meta.issuer,
    place: draft.meta.place,
    date: draft.meta.date,
    title: draft.meta.title,
    cites: draft.cites,
    sections: draft.sections,
    recipients: draft.recipients,
  };
  const plan = await work.write.insertOne(
    plans,
    {
      number: draft.meta.number,
      type: draft.meta.type,
      issuer: draft.meta.issuer,
      place: draft.meta.place,
      date: draft.meta.date,
      title: draft.meta.title,
      searchText: foldVietnamese([draft.meta.number ?? '', draft.meta.title, draft.meta.issuer ?? ''].join(' | ')),
      ownerUnitId: row.ownerUnitId,
      coordinatorUnitId: draft.meta.coordinatorUnitId,
      endDate: draft.meta.endDate,
      sourceName: row.sourceName,
      sourceText: row.sourceText,
      structure,
      recipients: draft.recipients,
      createdBy: actor.userId,
    },
    { action: 'plan.publish' },
  );
  await work.write.insert(
    planCitations,
    draft.cites.map((c, ord) => ({ planId: plan.id, ord, symbol: c.symbol, type: c.type, date: c.date, issuer: c.issuer })),
  );
  await work.write.insert(
    contentAreasTable,
    contentAreas(draft).map((a, ord) => ({ planId: plan.id, ord, ...a })),
  );
  const assignmentRows = await work.write.insert(
    assignments,
    draft.assignments.map((a, ord) => ({
      planId: plan.id,
      ord,
      unitText: a.unitText,
      text: a.text,
      groupIds: a.targets.flatMap((t) => (t.ref?.kind === 'group' ? [t.ref.id] : [])),
    })),
  );
  const assignmentId = (index: number) => assignmentRows[index]?.id ?? null;
  await work.write.insert(
    duties,
    publishedDuties(draft, groupMembers).map((d) => ({
      planId: plan.id,
      assignmentId: assignmentId(d.assignment),
      unitId: d.unitId,
      role: d.role,
      kind: d.kind,
      text: d.text,
      deadline: d.deadline,
      deadlineText: d.deadlineText,
    })),
  );
  const reportRows = draft.assignments.flatMap((a, index) =>
    a.reports.map((r) => ({
      planId: plan.id,
      assignmentId: assignmentId(index),
      cadence: r.cadence,
      text: r.text,
      toText: r.to.map((t) => t.text),
      viaText: r.via.map((t) => t.text),
      unitIds: expandTargets(a.targets, groupMembers),
      recipientUnitIds: expandTargets(r.to, groupMembers),
      relayUnitId: expandTargets(r.via, groupMembers)[0] ?? null,
    })),
  );
  await work.write.insert(reportingDuties, reportRows);
  await createDefaultForm(work, plan.id);
  await ensureObligations(work, plan.id, options.today);
  await work.write.update(planImports, id, { status: 'published', planId: plan.id }, { action: 'import.published' });
  return { planId: plan.id };
}
