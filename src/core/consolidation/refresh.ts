/**
 * Refreshing a draft when reports change (a late report arrives, one is
 * returned), and saving the coordinator's edits — without ever losing an edit.
 *
 * Invariants, per section:
 * - `edited` ⇔ `html !== generatedHtml`: the document says something other
 *   than what the system would generate now;
 * - `baseGeneratedHtml` is the generated text the coordinator last edited
 *   against (null when not edited);
 * - `stale` ⇔ edited and `generatedHtml !== baseGeneratedHtml`: the reports
 *   changed after the edit; the coordinator may compare the two texts and
 *   fold in what is new. It stays set until they save the section again.
 */
import type { DraftSection } from './types.ts';

function settle(s: DraftSection): DraftSection {
  const edited = s.html !== s.generatedHtml;
  const base = edited ? (s.baseGeneratedHtml ?? s.generatedHtml) : null;
  return { ...s, edited, baseGeneratedHtml: base, stale: edited && base !== s.generatedHtml };
}

/**
 * Merges freshly generated sections into the current ones. An edited section
 * keeps its text and takes the new generated text beside it (stale when it
 * differs from what the edit was based on); an unedited one takes the new
 * text. An edited section the new draft no longer has (a content area taken
 * out of the plan) is kept where it was, with nothing generated behind it.
 */
export function refreshSections(current: readonly DraftSection[], fresh: readonly DraftSection[]): DraftSection[] {
  const old = new Map(current.map((s) => [s.key, s]));
  const out: DraftSection[] = fresh.map((f) => {
    const o = old.get(f.key);
    if (!o || o.html === o.generatedHtml) return { ...f, edited: false, stale: false, baseGeneratedHtml: null };
    return settle({ ...f, html: o.html, baseGeneratedHtml: o.baseGeneratedHtml ?? o.generatedHtml });
  });
  const keys = new Set(fresh.map((f) => f.key));
  current.forEach((o, i) => {
    if (keys.has(o.key) || o.html === o.generatedHtml) return;
    const orphan = settle({ ...o, generatedHtml: '', baseGeneratedHtml: o.baseGeneratedHtml ?? o.generatedHtml });
    const before = current
      .slice(0, i)
      .reverse()
      .find((p) => out.some((s) => s.key === p.key));
    const at = before ? out.findIndex((s) => s.key === before.key) + 1 : out.length;
    out.splice(at, 0, orphan);
  });
  return out;
}

export interface SectionEdit {
  key: string;
  /** Already sanitised to the section subset. */
  html: string;
}

/**
 * Applies the coordinator's edits. Saving a section means its text has been
 * reviewed against the current generated text: it is no longer stale.
 * Unknown keys are returned, not applied.
 */
export function applyEdits(sections: readonly DraftSection[], edits: readonly SectionEdit[]): { sections: DraftSection[]; unknown: string[] } {
  const byKey = new Map(edits.map((e) => [e.key, e.html]));
  const known = new Set(sections.map((s) => s.key));
  const out = sections.map((s) => {
    const html = byKey.get(s.key);
    if (html === undefined) return s;
    const edited = html !== s.generatedHtml;
    return { ...s, html, edited, baseGeneratedHtml: edited ? s.generatedHtml : null, stale: false };
  });
  return { sections: out, unknown: edits.map((e) => e.key).filter((k) => !known.has(k)) };
}
