/**
 * What changed between two versions of a report, field by field, as word
 * diffs (the `diff` library: Myers' algorithm; not worth writing again).
 */
import { diffWordsWithSpace } from 'diff';
import type { ReportContent } from './form.ts';

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface FieldDiff {
  field: string;
  kind: 'narrative' | 'indicator';
  parts: DiffPart[];
}

function diffText(a: string, b: string): DiffPart[] {
  return diffWordsWithSpace(a, b).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
}

/** Only fields that differ; unchanged fields are left out. */
export function diffContent(before: ReportContent, after: ReportContent): FieldDiff[] {
  const out: FieldDiff[] = [];
  const narrativeKeys = [...new Set([...Object.keys(before.narratives), ...Object.keys(after.narratives)])];
  for (const key of narrativeKeys) {
    const a = before.narratives[key] ?? '';
    const b = after.narratives[key] ?? '';
    if (a !== b) out.push({ field: key, kind: 'narrative', parts: diffText(a, b) });
  }
  const indicatorKeys = [...new Set([...Object.keys(before.indicators), ...Object.keys(after.indicators)])];
  for (const key of indicatorKeys) {
    const a = before.indicators[key];
    const b = after.indicators[key];
    if ((a ?? null) !== (b ?? null)) out.push({ field: key, kind: 'indicator', parts: diffText(a === null || a === undefined ? '' : String(a), b === null || b === undefined ? '' : String(b)) });
  }
  return out;
}
