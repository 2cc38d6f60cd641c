/**
 * The copy of a report draft kept in the browser (localStorage), so a reload,
 * a crash or a lost connection never loses typing. Keyed by user and
 * obligation: two people sharing a computer never see each other's drafts.
 *
 * `baseVersion` is the server version the text was last based on, `dirty`
 * says whether it holds changes the server has not acknowledged. Together
 * they decide, on the next load, whether the local copy is newer than the
 * server's (dirty, same base), in conflict with it (dirty, the server moved
 * on), or stale (clean).
 */
import type { ReportContent } from '../../../../core/reporting/index.ts';

export interface LocalDraft {
  content: ReportContent;
  baseVersion: number;
  dirty: boolean;
  /** ISO instant of the last local change. */
  changedAt: string;
}

const PREFIX = 'thucthi.report-draft.v1';

export function draftKey(userId: string, obligationId: string): string {
  return `${PREFIX}:${userId}:${obligationId}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isContent(v: unknown): v is ReportContent {
  return isRecord(v) && isRecord(v.narratives) && isRecord(v.indicators);
}

/** The stored draft, or null when there is none or it cannot be read (storage is user-editable). */
export function readDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const v: unknown = JSON.parse(raw);
    if (!isRecord(v) || !isContent(v.content) || typeof v.baseVersion !== 'number' || typeof v.dirty !== 'boolean') return null;
    return { content: v.content, baseVersion: v.baseVersion, dirty: v.dirty, changedAt: typeof v.changedAt === 'string' ? v.changedAt : new Date().toISOString() };
  } catch {
    return null;
  }
}

/** Best effort: private windows and full storage refuse, and the server copy still exists. */
export function writeDraft(key: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: a leftover clean draft is ignored on the next load.
  }
}

/** Same content, ignoring key order and empty fields (the server drops empty narratives). */
export function sameContent(a: ReportContent, b: ReportContent): boolean {
  const norm = (c: ReportContent) => {
    const n = Object.entries(c.narratives).filter(([, v]) => v !== '').sort(([x], [y]) => x.localeCompare(y));
    const i = Object.entries(c.indicators).filter(([, v]) => v !== null && v !== '').map(([k, v]) => [k, String(v)] as const).sort(([x], [y]) => x.localeCompare(y));
    return JSON.stringify([n, i]);
  };
  return norm(a) === norm(b);
}
