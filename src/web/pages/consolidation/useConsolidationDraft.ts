/**
 * Editing a consolidated report: local changes (title, frame, sections) over
 * the server's copy, saved with the version they were based on. Only changed
 * sections are sent. A 409 keeps every local change and shows the server's
 * current copy; the user reapplies their changes on it or drops them.
 *
 * Editors are remounted (their `resetKey` changes) only when a section's text
 * is replaced from outside — a refresh, "Dùng bản mới", dropping local
 * changes — never after the user's own save, so the cursor stays put.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFrame } from '../../../core/consolidation/types.ts';
import { api, ApiError } from '../../lib/api.ts';
import { consolidationKeys, type ConsolidationView } from './types.ts';

interface LocalChanges {
  title: string | null;
  frame: DocumentFrame | null;
  sections: Record<string, string>;
}

const NONE: LocalChanges = { title: null, frame: null, sections: {} };

interface SaveBody {
  version: number;
  title?: string;
  frame?: DocumentFrame;
  sections?: { key: string; html: string }[];
}

export function useConsolidationDraft(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: consolidationKeys.one(id), queryFn: () => api.get<ConsolidationView>(`/api/consolidations/${id}`) });
  const [local, setLocal] = useState<LocalChanges>(NONE);
  const [resets, setResets] = useState<Record<string, number>>({});
  const [conflict, setConflict] = useState<ConsolidationView | null>(null);
  const [busy, setBusy] = useState<'save' | 'refresh' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const view = query.data;
  // Read by the section callbacks, so they stay the same functions while the user types (memoised sections do not re-render).
  const latest = useRef({ view, local });
  useEffect(() => {
    latest.current = { view, local };
  });

  const dirty = local.title !== null || local.frame !== null || Object.keys(local.sections).length > 0;

  /** Takes a new server copy; editors of sections whose text changed (and that hold no local edit) reload. */
  const accept = useCallback(
    (next: ConsolidationView, options: { reload?: readonly string[]; keep?: readonly string[] } = {}) => {
      const before = queryClient.getQueryData<ConsolidationView>(consolidationKeys.one(id));
      queryClient.setQueryData(consolidationKeys.one(id), next);
      void queryClient.invalidateQueries({ queryKey: consolidationKeys.list(next.plan.id) });
      const old = new Map((before?.content.sections ?? []).map((s) => [s.key, s.html]));
      const reload = new Set(options.reload ?? []);
      const keep = new Set(options.keep ?? []);
      setResets((r) => {
        const out = { ...r };
        for (const s of next.content.sections) if (reload.has(s.key) || (!keep.has(s.key) && old.get(s.key) !== s.html)) out[s.key] = (out[s.key] ?? 0) + 1;
        return out;
      });
    },
    [id, queryClient],
  );

  const send = useCallback(
    async (base: ConsolidationView, changes: LocalChanges, options: { reload?: readonly string[] } = {}): Promise<boolean> => {
      const body: SaveBody = { version: base.version };
      if (changes.title !== null) body.title = changes.title;
      if (changes.frame !== null) body.frame = changes.frame;
      const sections = Object.entries(changes.sections).map(([key, html]) => ({ key, html }));
      if (sections.length) body.sections = sections;
      setBusy('save');
      setError(null);
      try {
        const next = await api.put<ConsolidationView>(`/api/consolidations/${id}`, body);
        // What was sent is saved; anything typed meanwhile stays local.
        setLocal((l) => ({
          title: l.title === changes.title ? null : l.title,
          frame: l.frame === changes.frame ? null : l.frame,
          sections: Object.fromEntries(Object.entries(l.sections).filter(([k, html]) => changes.sections[k] !== html)),
        }));
        // Sections saved from their editor already show their text: they do not reload.
        accept(next, { reload: options.reload, keep: Object.keys(changes.sections).filter((k) => !(options.reload ?? []).includes(k)) });
        return true;
      } catch (e) {
        const current = e instanceof ApiError && e.code === 'VERSION_CONFLICT' ? (e.details as { current?: ConsolidationView } | undefined)?.current : undefined;
        if (current) setConflict(current);
        else setError(e);
        return false;
      } finally {
        setBusy(null);
      }
    },
    [accept, id],
  );

  const save = useCallback(async () => (view ? send(view, local) : false), [local, send, view]);

  const setSection = useCallback((key: string, html: string) => setLocal((l) => ({ ...l, sections: { ...l.sections, [key]: html } })), []);
  const setTitle = useCallback((title: string) => setLocal((l) => ({ ...l, title })), []);
  const setFrame = useCallback((frame: DocumentFrame) => setLocal((l) => ({ ...l, frame })), []);

  /** "Dùng bản mới": the section takes the newly generated text. */
  const takeGenerated = useCallback(
    async (key: string) => {
      const { view } = latest.current;
      const section = view?.content.sections.find((s) => s.key === key);
      if (!view || !section) return false;
      setLocal((l) => ({ ...l, sections: Object.fromEntries(Object.entries(l.sections).filter(([k]) => k !== key)) }));
      return send(view, { title: null, frame: null, sections: { [key]: section.generatedHtml } }, { reload: [key] });
    },
    [send],
  );

  /** "Giữ bản đã sửa": the edit is kept and marked as reviewed against the new material. */
  const keepEdited = useCallback(
    async (key: string) => {
      const { view, local } = latest.current;
      const section = view?.content.sections.find((s) => s.key === key);
      if (!view || !section) return false;
      return send(view, { title: null, frame: null, sections: { [key]: local.sections[key] ?? section.html } });
    },
    [send],
  );

  const refresh = useCallback(async () => {
    if (!view) return false;
    setBusy('refresh');
    setError(null);
    try {
      accept(await api.post<ConsolidationView>(`/api/consolidations/${id}/refresh`, { version: view.version }));
      return true;
    } catch (e) {
      const current = e instanceof ApiError && e.code === 'VERSION_CONFLICT' ? (e.details as { current?: ConsolidationView } | undefined)?.current : undefined;
      if (current) setConflict(current);
      else setError(e);
      return false;
    } finally {
      setBusy(null);
    }
  }, [accept, id, view]);

  /** After a 409: my changes, again, on the server's current copy. */
  const reapply = useCallback(async () => {
    if (!conflict) return false;
    const current = conflict;
    setConflict(null);
    accept(current);
    return send(current, local);
  }, [accept, conflict, local, send]);

  /** After a 409: drop my changes and take the server's copy. */
  const discard = useCallback(() => {
    const current = conflict ?? view;
    setConflict(null);
    const keys = Object.keys(local.sections);
    setLocal(NONE);
    if (current) accept(current, { reload: keys });
  }, [accept, conflict, local.sections, view]);

  return { query, view, local, dirty, resets, conflict, busy, error, setSection, setTitle, setFrame, save, refresh, takeGenerated, keepEdited, reapply, discard, accept };
}

export type ConsolidationDraft = ReturnType<typeof useConsolidationDraft>;
