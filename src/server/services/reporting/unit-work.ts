/**
 * What units do under a plan besides reporting: their own sub-plan (uploaded,
 * parsed with the same parser, linked as a child plan, fulfilling the
 * "build your own plan" duty) and the quán triệt sessions they hold (whose
 * totals feed the report's indicators).
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { CivilDate } from '../../../core/civil-date.ts';
import { parsePlanDocument } from '../../../core/document/index.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import { attachments, disseminationSessions, duties, dutyUpdates, obligations, plans, type DisseminationForm } from '../../db/schema/index.ts';
import type { ReadTx, Work } from '../../db/uow.ts';
import type { StoredFile } from '../../files/store.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { readDocument } from '../../ingest/index.ts';
import type { Scope } from '../scope.ts';

async function loadDuty(read: ReadTx, scope: Scope, dutyId: string) {
  const [duty] = await read.select().from(duties).where(eq(duties.id, dutyId));
  if (!duty) throw notFound('duty');
  scope.check(duty.unitId);
  return duty;
}

/**
 * A unit's own plan under a parent plan. The duty is done on the day of
 * upload (on time or late against its deadline); the document stays
 * attached to the duty's history as evidence.
 */
export async function submitSubPlan(work: Work, scope: Scope, dutyId: string, input: { fileName: string; bytes: Uint8Array; stored: StoredFile; maxBytes: number; today: CivilDate }) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const duty = await loadDuty(work.read, scope, dutyId);
  if (duty.kind !== 'sub-plan') throw new AppError('VALIDATION_FAILED', { reason: 'Nhiệm vụ này không phải xây dựng kế hoạch.' });
  let document;
  try {
    document = await readDocument(input.bytes, input.fileName, { maxBytes: input.maxBytes });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code) throw new AppError(e.code as never, undefined, e.message);
    throw error;
  }
  const parsed = parsePlanDocument(document.text);
  parsed.issues = [...document.issues, ...parsed.issues];
  const title = parsed.title ?? input.fileName;
  const plan = await work.write.insertOne(
    plans,
    {
      number: parsed.number,
      type: parsed.type,
      issuer: parsed.issuer,
      place: parsed.place,
      date: parsed.date,
      title,
      searchText: foldVietnamese([parsed.number ?? '', title, parsed.issuer ?? ''].join(' | ')),
      ownerUnitId: duty.unitId,
      parentPlanId: duty.planId,
      sourceName: input.fileName,
      sourceText: document.text,
      structure: parsed,
      recipients: parsed.recipients,
      createdBy: actor.userId,
    },
    { action: 'plan.sub-plan' },
  );
  const [file] = await work.write.insert(attachments, [{ ...input.stored, unitId: duty.unitId, createdBy: actor.userId }], { action: 'attachment.upload' });
  const completedOn = duty.completedOn ?? input.today;
  await work.write.insertOne(
    dutyUpdates,
    {
      dutyId,
      authorId: actor.userId,
      text: `Đã ban hành ${parsed.type ?? 'kế hoạch'}${parsed.number ? ` số ${parsed.number}` : ''}${parsed.date ? ` ngày ${parsed.date.split('-').reverse().join('/')}` : ''}.`,
      progress: 100,
      completedOn,
      attachmentIds: file ? [file.id] : [],
    },
    { action: 'duty.progress' },
  );
  await work.write.update(duties, dutyId, { progress: 100, completedOn, startedOn: duty.startedOn ?? completedOn }, { action: 'duty.complete' });
  return { planId: plan.id, number: parsed.number, issues: parsed.issues };
}

export interface SessionInput {
  heldOn: CivilDate;
  form: DisseminationForm;
  title: string;
  cadres: number;
  partyMembers: number;
  people: number;
  note: string | null;
}

export async function recordSession(work: Work, scope: Scope, dutyId: string, input: SessionInput) {
  const actor = work.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const duty = await loadDuty(work.read, scope, dutyId);
  if (duty.kind !== 'disseminate') throw new AppError('VALIDATION_FAILED', { reason: 'Nhiệm vụ này không phải phổ biến, quán triệt.' });
  const session = await work.write.insertOne(
    disseminationSessions,
    { dutyId, planId: duty.planId, unitId: duty.unitId, ...input, createdBy: actor.userId },
    { action: 'dissemination.record' },
  );
  if (!duty.startedOn) await work.write.update(duties, dutyId, { startedOn: input.heldOn }, { action: 'duty.start' });
  return session;
}

export async function listSessions(read: ReadTx, scope: Scope, q: { dutyId?: string; planId?: string; unitId?: string }) {
  if (q.unitId) scope.check(q.unitId);
  if (q.dutyId) await loadDuty(read, scope, q.dutyId);
  const rows = await read
    .select()
    .from(disseminationSessions)
    .where(
      and(
        q.dutyId ? eq(disseminationSessions.dutyId, q.dutyId) : undefined,
        q.planId ? eq(disseminationSessions.planId, q.planId) : undefined,
        q.unitId ? eq(disseminationSessions.unitId, q.unitId) : undefined,
      ),
    )
    .orderBy(asc(disseminationSessions.heldOn));
  return rows.filter((r) => scope.has(r.unitId));
}

/**
 * Totals of a unit's sessions within a report's window, as indicator values
 * the report form offers to fill in (the unit confirms them).
 */
export async function sessionTotalsFor(read: ReadTx, scope: Scope, obligationId: string) {
  const [o] = await read.select().from(obligations).where(eq(obligations.id, obligationId));
  if (!o) throw notFound('obligation');
  scope.check(o.unitId);
  const rows = await read
    .select()
    .from(disseminationSessions)
    .where(and(eq(disseminationSessions.planId, o.planId), eq(disseminationSessions.unitId, o.unitId), gte(disseminationSessions.heldOn, o.windowStart), lte(disseminationSessions.heldOn, o.windowEnd)));
  return {
    sessions: rows.length,
    indicators: {
      so_hoi_nghi: rows.length,
      luot_can_bo: rows.reduce((s, r) => s + r.cadres, 0),
      luot_dang_vien: rows.reduce((s, r) => s + r.partyMembers, 0),
      luot_nhan_dan: rows.reduce((s, r) => s + r.people, 0),
    },
  };
}
