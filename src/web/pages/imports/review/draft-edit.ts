/**
 * Immutable edits of an import draft and finding an assignment in the
 * original text. Plain functions so the editor components stay small.
 */
import { squashSpaces } from '../../../../core/text/vietnamese.ts';
import type { DraftAssignment, DraftTarget, ImportDraft } from '../../../../core/plan/draft.ts';

export type DraftUpdate = (change: (draft: ImportDraft) => ImportDraft) => void;

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function withAssignment(draft: ImportDraft, index: number, change: (a: DraftAssignment) => DraftAssignment): ImportDraft {
  const current = draft.assignments[index];
  return current ? { ...draft, assignments: replaceAt(draft.assignments, index, change(current)) } : draft;
}

export function emptyTarget(): DraftTarget {
  return { text: '', ref: null, suggestions: [] };
}

export interface LineRange {
  start: number;
  end: number;
}

function findLine(lines: readonly string[], needle: string, from: number): number {
  if (!needle) return -1;
  for (let i = Math.max(0, from); i < lines.length; i++) if ((lines[i] ?? '').includes(needle)) return i;
  return -1;
}

/**
 * The lines (0-based) of the original text an assignment came from: its first
 * and last paragraphs, widened to the heading that names the unit just above.
 * Null when the text was edited beyond recognition or came from a .docx whose
 * paragraphs were joined differently.
 */
export function locateAssignment(lines: readonly string[], assignment: DraftAssignment): LineRange | null {
  const squashed = lines.map(squashSpaces);
  const paragraphs = assignment.text.split('\n').map(squashSpaces).filter(Boolean);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return null;
  const start = findLine(squashed, first.slice(0, 60), 0);
  if (start < 0) return null;
  const endLine = findLine(squashed, last.slice(Math.max(0, last.length - 60)), start);
  const end = endLine < 0 ? start : endLine;
  const unit = squashSpaces(assignment.unitText).slice(0, 30);
  for (let i = start - 1; i >= Math.max(0, start - 4); i--) {
    if (unit && (squashed[i] ?? '').includes(unit)) return { start: i, end };
  }
  return { start, end };
}
